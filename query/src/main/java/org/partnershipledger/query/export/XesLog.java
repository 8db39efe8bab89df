package org.partnershipledger.query.export;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.conflict.ConflictId;
import org.partnershipledger.core.partnership.ConflictAbandoned;
import org.partnershipledger.core.partnership.ConflictEscalated;
import org.partnershipledger.core.partnership.ConflictRaised;
import org.partnershipledger.core.partnership.ConflictResolved;
import org.partnershipledger.core.partnership.ConflictStepRecorded;
import org.partnershipledger.core.partnership.MediationSessionRecorded;
import org.partnershipledger.core.partnership.OutsideRecord;
import org.partnershipledger.core.partnership.PartnershipEvent;
import org.partnershipledger.query.history.Dissolutions;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.query.phase.PhaseModel;

/**
 * Partnerships' histories as an IEEE 1849-2016 XES event log for process mining tools, valid by the
 * standard's XSD: one trace per partnership, its events in domain order. Each event names its activity in
 * words ({@code concept:name}), the domain date it happened on ({@code time:timestamp}, at midnight UTC: the
 * ledger knows days, not hours), the person who did it ({@code org:resource}, only ever a person: the
 * pseudonym for a researcher), the partner they acted for ({@code org:group}), the role they acted in
 * ({@code org:role}) and its lifecycle transition by the standard lifecycle model.
 *
 * <p>A conflict is one activity, "Conflict", with a life: it starts when raised and completes when resolved,
 * or is aborted ({@code ate_abort}) when abandoned; an open conflict has started only. Its steps between
 * (escalation, mediation sessions, steps) are activities of their own, complete when recorded. All of a
 * conflict's events carry the conflict's id as {@code concept:instance}, so its start pairs with its end.
 */
public final class XesLog {

    /**
     * The {@code xes.version} the log declares: the XES version IEEE 1849-2016 standardised, a decimal as
     * the standard's XSD requires.
     */
    public static final String VERSION = "1.0";

    /** The activity a conflict is, from raising to resolution or abandonment. */
    static final String CONFLICT = "Conflict";

    private static final String INVALID = "__INVALID__";
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd'T'HH:mm:ss.SSS")
            .appendOffset("+HH:MM", "Z")
            .toFormatter();

    private static final String[][] EXTENSIONS = {
        {"Concept", "concept", "http://www.xes-standard.org/concept.xesext"},
        {"Time", "time", "http://www.xes-standard.org/time.xesext"},
        {"Organizational", "org", "http://www.xes-standard.org/org.xesext"},
        {"Lifecycle", "lifecycle", "http://www.xes-standard.org/lifecycle.xesext"}
    };

    private static final Comparator<HistoryEvent> DOMAIN_ORDER =
            Comparator.comparing(HistoryEvent::occurredOn).thenComparingLong(HistoryEvent::sequence);

    private final XMLStreamWriter xml;

    private XesLog(XMLStreamWriter xml) {
        this.xml = xml;
    }

    /**
     * Writes each partnership's trace before it takes the next from {@code partnerships}, and keeps none,
     * so a log of every partnership needs the memory of one.
     *
     * @param model the phase model whose phase is given on every event ({@code phase})
     */
    public static void write(Iterable<ExportedPartnership> partnerships, PhaseModel model, OutputStream out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            new XesLog(xml).log(partnerships, model);
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the XES log", e);
        }
    }

    /** A domain date as an XES timestamp. */
    static String timestamp(LocalDate day) {
        return TIMESTAMP.format(day.atStartOfDay().atOffset(ZoneOffset.UTC));
    }

    private void log(Iterable<ExportedPartnership> partnerships, PhaseModel model) throws XMLStreamException {
        xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        // The standard's XSD declares no target namespace: its elements are in none.
        xml.writeStartElement("log");
        xml.writeAttribute("xes.version", VERSION);
        xml.writeAttribute("xes.features", "");
        for (String[] extension : EXTENSIONS) {
            xml.writeEmptyElement("extension");
            xml.writeAttribute("name", extension[0]);
            xml.writeAttribute("prefix", extension[1]);
            xml.writeAttribute("uri", extension[2]);
        }
        xml.writeStartElement("global");
        xml.writeAttribute("scope", "trace");
        attribute("string", "concept:name", INVALID);
        xml.writeEndElement();
        xml.writeStartElement("global");
        xml.writeAttribute("scope", "event");
        attribute("string", "concept:name", INVALID);
        attribute("date", "time:timestamp", timestamp(LocalDate.EPOCH));
        attribute("string", "org:role", INVALID);
        attribute("string", "lifecycle:transition", "complete");
        xml.writeEndElement();
        // Classifier names are XML NCNames: no spaces.
        classifier("Activity", "concept:name");
        classifier("ActivityAndTransition", "concept:name lifecycle:transition");
        classifier("Resource", "org:resource");
        classifier("Role", "org:role");
        attribute("string", "concept:name", "Partnership Ledger export");
        attribute("string", "lifecycle:model", "standard");
        attribute("string", "phaseModel", model.name());
        for (ExportedPartnership partnership : partnerships) {
            trace(partnership, model);
            // On its way out before the next history is read.
            xml.flush();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    private void trace(ExportedPartnership partnership, PhaseModel model) throws XMLStreamException {
        PartnerDirectory partners = PartnerDirectory.of(partnership.history());
        PhaseOfEvent phases = PhaseOfEvent.of(model, partnership.history());
        xml.writeStartElement("trace");
        attribute("string", "concept:name", partnership.partnershipId());
        attribute("boolean", "openedToResearch", Boolean.toString(partnership.openedToResearch()));
        List<HistoryEvent> inDomainOrder = Dissolutions.standing(partnership.history()).stream()
                .sorted(DOMAIN_ORDER)
                .toList();
        for (HistoryEvent recorded : inDomainOrder) {
            PartnershipEvent event = recorded.event();
            xml.writeStartElement("event");
            attribute("string", "concept:name", activity(event));
            attribute("date", "time:timestamp", timestamp(recorded.occurredOn()));
            Optional<PersonId> person = Activity.person(event);
            if (person.isPresent()) {
                attribute("string", "org:resource", person.get().value());
            }
            Optional<String> group =
                    Activity.partner(event).map(PartnerId::value).map(partners::nameOf);
            if (group.isPresent()) {
                attribute("string", "org:group", group.get());
            }
            attribute("string", "org:role", Activity.role(event));
            attribute("string", "lifecycle:transition", transition(event));
            Optional<ConflictId> conflict = conflictOf(event);
            if (conflict.isPresent()) {
                attribute("string", "concept:instance", conflict.get().value());
            }
            if (Activity.mayBeRecordedOnBehalf(event)) {
                Optional<OutsideRecord> document = Activity.recordedOnBehalf(event);
                attribute("boolean", "recordedOnBehalf", Boolean.toString(document.isPresent()));
                if (document.isPresent()) {
                    attribute("string", "documentKind", document.get().kind().name());
                    attribute("date", "documentDate", timestamp(document.get().date()));
                }
            }
            attribute("int", "sequence", Long.toString(recorded.sequence()));
            Optional<String> phase = phases.of(recorded);
            if (phase.isPresent()) {
                attribute("string", "phase", phase.get());
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** The activity in words; a conflict's raising, resolution and abandonment are the one "Conflict". */
    static String activity(PartnershipEvent event) {
        if (event instanceof ConflictRaised
                || event instanceof ConflictResolved
                || event instanceof ConflictAbandoned) {
            return CONFLICT;
        }
        return Activity.name(event);
    }

    /** The transition by the standard lifecycle model: every activity but a conflict completes when recorded. */
    static String transition(PartnershipEvent event) {
        if (event instanceof ConflictRaised) {
            return "start";
        }
        if (event instanceof ConflictAbandoned) {
            return "ate_abort";
        }
        return "complete";
    }

    private static Optional<ConflictId> conflictOf(PartnershipEvent event) {
        if (event instanceof ConflictRaised raised) {
            return Optional.of(raised.conflictId());
        } else if (event instanceof ConflictStepRecorded step) {
            return Optional.of(step.conflictId());
        } else if (event instanceof ConflictEscalated escalated) {
            return Optional.of(escalated.conflictId());
        } else if (event instanceof MediationSessionRecorded session) {
            return Optional.of(session.conflictId());
        } else if (event instanceof ConflictResolved resolved) {
            return Optional.of(resolved.conflictId());
        } else if (event instanceof ConflictAbandoned abandoned) {
            return Optional.of(abandoned.conflictId());
        }
        return Optional.empty();
    }

    private void attribute(String type, String key, String value) throws XMLStreamException {
        xml.writeEmptyElement(type);
        xml.writeAttribute("key", key);
        xml.writeAttribute("value", value);
    }

    private void classifier(String name, String keys) throws XMLStreamException {
        xml.writeEmptyElement("classifier");
        xml.writeAttribute("name", name);
        xml.writeAttribute("keys", keys);
    }
}
