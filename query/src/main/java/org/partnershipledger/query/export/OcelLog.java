package org.partnershipledger.query.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.conflict.ConflictId;
import org.partnershipledger.core.decision.Attendee;
import org.partnershipledger.core.partnership.AgreementProposed;
import org.partnershipledger.core.partnership.AgreementSigned;
import org.partnershipledger.core.partnership.AgreementTookEffect;
import org.partnershipledger.core.partnership.CheckpointWitnessed;
import org.partnershipledger.core.partnership.ConflictAbandoned;
import org.partnershipledger.core.partnership.ConflictEscalated;
import org.partnershipledger.core.partnership.ConflictRaised;
import org.partnershipledger.core.partnership.ConflictResolved;
import org.partnershipledger.core.partnership.ConflictStepRecorded;
import org.partnershipledger.core.partnership.DecisionReached;
import org.partnershipledger.core.partnership.DecisionReopened;
import org.partnershipledger.core.partnership.DiaryEntryRecorded;
import org.partnershipledger.core.partnership.MediationSessionRecorded;
import org.partnershipledger.core.partnership.MeetingRecorded;
import org.partnershipledger.core.partnership.MinutesCorrected;
import org.partnershipledger.core.partnership.OpenedToResearch;
import org.partnershipledger.core.partnership.OutsideRecord;
import org.partnershipledger.core.partnership.PartnerAdmitted;
import org.partnershipledger.core.partnership.PartnerWithdrew;
import org.partnershipledger.core.partnership.PartnershipClosed;
import org.partnershipledger.core.partnership.PartnershipDissolved;
import org.partnershipledger.core.partnership.PartnershipEvent;
import org.partnershipledger.core.partnership.PartnershipFormed;
import org.partnershipledger.core.partnership.PhaseObserved;
import org.partnershipledger.core.partnership.ProposalRecorded;
import org.partnershipledger.core.partnership.ProposalRetracted;
import org.partnershipledger.core.partnership.RepresentativeAppointed;
import org.partnershipledger.core.partnership.RepresentativeRemoved;
import org.partnershipledger.core.partnership.RepresentativeReplaced;
import org.partnershipledger.core.partnership.StanceConfirmed;
import org.partnershipledger.core.partnership.StanceContested;
import org.partnershipledger.core.partnership.StanceRecorded;
import org.partnershipledger.query.export.OcelDocument.Event;
import org.partnershipledger.query.history.Dissolutions;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.query.phase.PhaseModel;

/**
 * Partnerships' histories as an OCEL 2.0 (JSON) object-centric event log: a partnership's life concerns
 * several things at once (partners, people, agreement versions, meetings, decisions, conflicts), and an
 * object-centric log keeps each of them, where a case-centric log like XES must pick one. Persons are the
 * ids the reader sees (pseudonyms for a researcher) and the same person is one object across partnerships.
 *
 * <p>The log is written as it is made, one partnership at a time, so a log of every partnership needs the
 * memory of one and the ids of the objects: events in a first pass over the partnerships, their types when
 * all are known, then objects in a second pass. An object only one partnership mentions is written with
 * that partnership; one that several mention (a person, a partner organisation in two partnerships) is
 * gathered from all of them and written last. JSON's members have no order, so the log is the same OCEL
 * 2.0 document as one written whole.
 */
public final class OcelLog {

    private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private static final Comparator<HistoryEvent> DOMAIN_ORDER =
            Comparator.comparing(HistoryEvent::occurredOn).thenComparingLong(HistoryEvent::sequence);

    private final OcelDocument log;
    private final OcelObjects objects;
    private String partnershipId;
    private String partnership;
    private PhaseOfEvent phases;

    private OcelLog(OcelDocument log) {
        this.log = log;
        this.objects = new OcelObjects(log);
    }

    /**
     * Reads {@code partnerships} twice, and each time writes what it made of a partnership before it takes
     * the next: both times the same partnerships must come with the same histories.
     *
     * @param model the phase model whose phase is given on every event ({@code phase})
     */
    public static void write(Iterable<ExportedPartnership> partnerships, PhaseModel model, OutputStream out) {
        try {
            JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8);
            json.writeStartObject();
            json.writeFieldName("objectTypes");
            json.writeTree(OcelDocument.types(OcelObjects.TYPES));
            Map<String, Map<String, String>> eventTypes = new LinkedHashMap<>();
            // Each object's id and the partnership that first mentioned it (by its place in the log).
            Map<String, Integer> mentionedFirstBy = new HashMap<>();
            Set<String> mentionedBySeveral = new HashSet<>();
            json.writeArrayFieldStart("events");
            int place = 0;
            for (ExportedPartnership exported : partnerships) {
                OcelDocument made = of(exported, model, eventTypes);
                for (ObjectNode event : made.events()) {
                    json.writeTree(event);
                }
                json.flush();
                for (ObjectNode object : made.objects()) {
                    String id = object.path("id").asText();
                    Integer first = mentionedFirstBy.putIfAbsent(id, place);
                    if (first != null && first != place) {
                        mentionedBySeveral.add(id);
                    }
                }
                place++;
            }
            json.writeEndArray();
            json.writeFieldName("eventTypes");
            json.writeTree(OcelDocument.types(eventTypes));
            mentionedFirstBy.clear();
            OcelDocument gathered = new OcelDocument(OcelObjects.TYPES, new LinkedHashMap<>());
            json.writeArrayFieldStart("objects");
            for (ExportedPartnership exported : partnerships) {
                for (ObjectNode object :
                        of(exported, model, new LinkedHashMap<>()).objects()) {
                    if (mentionedBySeveral.contains(object.path("id").asText())) {
                        gathered.merge(object);
                    } else {
                        json.writeTree(object);
                    }
                }
                json.flush();
            }
            for (ObjectNode object : gathered.objects()) {
                json.writeTree(object);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One partnership's objects and events. */
    private static OcelDocument of(
            ExportedPartnership exported, PhaseModel model, Map<String, Map<String, String>> eventTypes) {
        OcelLog ocel = new OcelLog(new OcelDocument(OcelObjects.TYPES, eventTypes));
        ocel.partnership(exported, model);
        return ocel.log;
    }

    private void partnership(ExportedPartnership exported, PhaseModel model) {
        partnershipId = exported.partnershipId();
        partnership = objects.partnership(partnershipId);
        phases = PhaseOfEvent.of(model, exported.history());
        // A dissolution moved or cancelled since never happened; its cancellation stays as an event.
        Dissolutions.standing(exported.history()).stream().sorted(DOMAIN_ORDER).forEach(this::apply);
    }

    private void apply(HistoryEvent recorded) {
        PartnershipEvent event = recorded.event();
        LocalDate on = recorded.occurredOn();
        Event described = log.event(partnershipId + ":" + recorded.sequence(), Activity.name(event), on)
                .attribute("sequence", recorded.sequence())
                .attribute("phase", phases.of(recorded).orElse(null))
                .relate(partnership, "partnership");
        if (event instanceof PartnershipFormed formed) {
            log.objectAttribute(partnership, "name", formed.name(), on);
            if (formed.complexity() != null) {
                log.objectAttribute(
                        partnership, "complexity", formed.complexity().name(), on);
            }
            if (formed.kind() != null) {
                log.objectAttribute(partnership, "kind", formed.kind().name(), on);
            }
            log.objectAttribute(partnership, "state", "ACTIVE", on);
            formed.partners().forEach(partner -> described.relate(objects.joined(partner, on), "founding partner"));
        } else if (event instanceof PartnerAdmitted admitted) {
            described
                    .relate(objects.joined(admitted.partner(), on), "admitted")
                    .relate(objects.decision(admitted.proposalId()), "decision");
        } else if (event instanceof PartnerWithdrew withdrew) {
            described
                    .relate(objects.partner(withdrew.partner()), "withdrawing")
                    .attribute("effectiveOn", withdrew.effectiveOn());
        } else if (event instanceof RepresentativeAppointed appointed) {
            described
                    .relate(objects.representative(appointed.person(), appointed.partner()), "appointed")
                    .relate(objects.partner(appointed.partner()), "represented")
                    .attribute("role", appointed.role().name());
        } else if (event instanceof RepresentativeReplaced replaced) {
            String roles = String.join(
                    " ", replaced.roles().stream().map(Enum::name).sorted().toList());
            described
                    .relate(objects.person(replaced.outgoing()), "outgoing")
                    .relate(objects.representative(replaced.incoming(), replaced.partner()), "incoming")
                    .relate(objects.partner(replaced.partner()), "represented")
                    .attribute("roles", roles);
        } else if (event instanceof RepresentativeRemoved removed) {
            described
                    .relate(objects.person(removed.person()), "removed")
                    .relate(objects.partner(removed.partner()), "represented");
        } else if (event instanceof PhaseObserved observed) {
            described
                    .relate(objects.person(observed.observer()), "observer")
                    .attribute("observedPhase", observed.phase().name());
        } else if (event instanceof DiaryEntryRecorded entry) {
            described.relate(objects.person(entry.author()), "author");
        } else if (event instanceof PartnershipDissolved || event instanceof PartnershipClosed) {
            log.objectAttribute(partnership, "state", event instanceof PartnershipClosed ? "CLOSED" : "DISSOLVED", on);
            if (event instanceof PartnershipClosed closed) {
                described.attribute("reason", closed.reason().name());
                if (closed.proposalId() != null) {
                    described.relate(objects.decision(closed.proposalId()), "decision");
                }
            }
        } else if (event instanceof OpenedToResearch opened) {
            described.relate(objects.decision(opened.proposalId()), "decision");
        } else if (event instanceof CheckpointWitnessed witnessed) {
            described
                    .relate(objects.person(witnessed.witness()), "witness")
                    .relate(objects.partner(witnessed.partner()), "witnessing partner")
                    .attribute("eventCount", witnessed.eventCount());
        } else {
            new Deliberation(described, on).apply(event);
        }
    }

    /** Meetings, decisions, agreement versions and conflicts: the objects a partnership works on. */
    private final class Deliberation {

        private final Event described;
        private final LocalDate on;

        Deliberation(Event described, LocalDate on) {
            this.described = described;
            this.on = on;
        }

        /** A signature or stance someone else recorded from a document: who, and the document's kind and date. */
        private void onBehalf(Event described, OutsideRecord document) {
            described.attribute("recordedOnBehalf", document != null);
            if (document != null) {
                described
                        .relate(objects.person(document.recordedBy()), "recorded by")
                        .attribute("documentKind", document.kind().name())
                        .attribute("documentDate", document.date());
            }
        }

        void apply(PartnershipEvent event) {
            if (event instanceof MeetingRecorded meeting) {
                String id = objects.meeting(meeting.meetingId());
                log.objectAttribute(id, "kind", meeting.kind().name(), on);
                described.relate(id, "meeting").attribute("kind", meeting.kind().name());
                for (Attendee attendee : meeting.attendees()) {
                    described.relate(objects.person(attendee.person()), "attendee");
                    if (attendee.represents() != null) {
                        described.relate(objects.partner(attendee.represents()), "attending partner");
                    }
                }
            } else if (event instanceof MinutesCorrected corrected) {
                described.relate(objects.meeting(corrected.meetingId()), "meeting");
            } else if (event instanceof ProposalRecorded recorded) {
                proposal(recorded);
            } else if (event instanceof StanceRecorded stance) {
                described
                        .relate(objects.decision(stance.proposalId()), "decision")
                        .relate(objects.partner(stance.stance().partner()), "stance giver")
                        .relate(objects.person(stance.stance().givenBy()), "given by")
                        .attribute("stance", stance.stance().stance().name());
                onBehalf(described, stance.recordedOnBehalf());
            } else if (event instanceof StanceConfirmed confirmed) {
                described
                        .relate(objects.decision(confirmed.proposalId()), "decision")
                        .relate(objects.partner(confirmed.partner()), "stance giver")
                        .relate(objects.person(confirmed.confirmedBy()), "confirmed by");
            } else if (event instanceof StanceContested contested) {
                described
                        .relate(objects.decision(contested.proposalId()), "decision")
                        .relate(objects.partner(contested.partner()), "stance giver")
                        .relate(objects.person(contested.contestedBy()), "contested by");
            } else if (event instanceof DecisionReopened reopened) {
                String id = objects.decision(reopened.proposalId());
                log.objectAttribute(id, "outcome", "PENDING", on);
                described.relate(id, "decision").attribute("outcome", "PENDING");
            } else if (event instanceof DecisionReached reached) {
                String id = objects.decision(reached.proposalId());
                log.objectAttribute(id, "outcome", reached.outcome().name(), on);
                described
                        .relate(id, "decision")
                        .attribute("outcome", reached.outcome().name());
            } else if (event instanceof ProposalRetracted retracted) {
                String id = objects.decision(retracted.proposalId());
                log.objectAttribute(id, "outcome", "RETRACTED", on);
                described.relate(id, "decision");
            } else if (event instanceof AgreementProposed proposed) {
                String id = objects.version(proposed.version());
                log.objectAttribute(id, "contentHash", proposed.contentHash().value(), on);
                described
                        .relate(id, "version")
                        .relate(objects.partner(proposed.proposedBy()), "proposer")
                        .attribute("version", proposed.version());
            } else if (event instanceof AgreementSigned signed) {
                described
                        .relate(objects.version(signed.version()), "version")
                        .relate(objects.partner(signed.partner()), "signing partner")
                        .relate(objects.person(signed.signatory()), "signer")
                        .attribute("version", signed.version());
                onBehalf(described, signed.recordedOnBehalf());
            } else if (event instanceof AgreementTookEffect tookEffect) {
                described
                        .relate(objects.version(tookEffect.version()), "version")
                        .attribute("version", tookEffect.version());
            } else {
                new Conflicts(described, on).apply(event);
            }
        }

        private void proposal(ProposalRecorded recorded) {
            String id = objects.decision(recorded.proposal().id());
            log.objectAttribute(id, "outcome", "PENDING", on);
            described
                    .relate(id, "decision")
                    .relate(objects.partner(recorded.proposal().proposedBy()), "proposer");
            if (recorded.meetingId() != null) {
                String meeting = objects.meeting(recorded.meetingId());
                log.objectRelationship(id, meeting, "put at");
                described.relate(meeting, "meeting");
            }
            Integer concerns = recorded.proposal().concernsVersion();
            if (concerns != null) {
                log.objectAttribute(id, "concernsVersion", concerns, on);
                log.objectRelationship(id, objects.version(concerns), "concerns");
                described.relate(objects.version(concerns), "version");
            }
        }
    }

    /** A conflict's life: raised by one partner, concerning others, perhaps mediated, resolved or abandoned. */
    private final class Conflicts {

        private final Event described;
        private final LocalDate on;

        Conflicts(Event described, LocalDate on) {
            this.described = described;
            this.on = on;
        }

        void apply(PartnershipEvent event) {
            if (event instanceof ConflictRaised raised) {
                String id = objects.conflict(raised.conflictId());
                log.objectAttribute(id, "category", raised.category().name(), on);
                log.objectAttribute(id, "state", "RAISED", on);
                log.objectRelationship(id, objects.partner(raised.raisedBy()), "raised by");
                described.relate(id, "conflict").relate(objects.partner(raised.raisedBy()), "raiser");
                raised.concerning().forEach(concerned -> {
                    log.objectRelationship(id, objects.partner(concerned), "concerns");
                    described.relate(objects.partner(concerned), "concerned");
                });
                described.attribute("category", raised.category().name());
            } else if (event instanceof ConflictEscalated escalated) {
                state(escalated.conflictId(), "ESCALATED");
                if (escalated.mediator().person() != null) {
                    described.relate(objects.person(escalated.mediator().person()), "mediator");
                }
            } else if (event instanceof ConflictResolved resolved) {
                state(resolved.conflictId(), "RESOLVED");
                resolved.consentedBy().stream()
                        .sorted(Comparator.comparing(PartnerId::value))
                        .forEach(partner -> described.relate(objects.partner(partner), "consenting"));
            } else if (event instanceof ConflictAbandoned abandoned) {
                state(abandoned.conflictId(), "ABANDONED");
            } else if (event instanceof ConflictStepRecorded step) {
                described.relate(objects.conflict(step.conflictId()), "conflict");
            } else if (event instanceof MediationSessionRecorded session) {
                described.relate(objects.conflict(session.conflictId()), "conflict");
            }
        }

        private void state(ConflictId conflictId, String state) {
            String id = objects.conflict(conflictId);
            log.objectAttribute(id, "state", state, on);
            described.relate(id, "conflict");
        }
    }
}
