package org.partnershipledger.query.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.partnershipledger.core.store.LedgerSerializer;
import org.partnershipledger.query.disclosure.Reader;
import org.partnershipledger.query.history.HistoryEvent;

/**
 * What an export is, for whoever finds it later: its format and file, which partnerships and how many
 * events over which domain dates, the phase model its phases come from (null when it has none), how it
 * was pseudonymised, when it was taken, and each partnership's chain head then, so it can be checked
 * against the ledger's verification at any time after.
 */
public record DataCard(
        String format,
        String file,
        String contents,
        List<PartnershipTaken> partnerships,
        long eventCount,
        LocalDate firstOccurredOn,
        LocalDate lastOccurredOn,
        String phaseModel,
        String pseudonymisation,
        Instant exportedAt) {

    /**
     * One partnership as taken: the events exported (what the reader sees) and the head of its hash chain
     * (every stored event, {@code chainEventCount} of them).
     */
    public record PartnershipTaken(
            String partnershipId,
            long eventsExported,
            boolean openedToResearch,
            String readAs,
            String headHash,
            long chainEventCount,
            boolean chainIntact) {}

    public static final String RESEARCHER_READING = "as a researcher: persons, citizen partners and mediators as"
            + " stable pseudonyms (HMAC-SHA256 under the ledger's key): every person as person-..., one pseudonym"
            + " per person in every partnership and export, a mediator the ledger knows as a person by that"
            + " person's pseudonym and any other as mediator-..., citizen partners as citizen-...; diaries left"
            + " out, free text (minutes, reasons, notes, descriptions) withheld unless the partnership opened its"
            + " history to research, and a reason its giver marked personal withheld always";

    private static final ObjectMapper JSON = LedgerSerializer.objectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    public DataCard {
        Objects.requireNonNull(format, "format");
        partnerships = List.copyOf(partnerships);
    }

    /** The card of an export of these partnerships, taken now. */
    public static DataCard of(
            String format,
            String file,
            String contents,
            List<ExportedPartnership> taken,
            String phaseModel,
            Instant at) {
        Tally tally = new Tally();
        taken.forEach(tally::add);
        return tally.card(format, file, contents, phaseModel, at);
    }

    /**
     * What a card says of the partnerships, counted one partnership at a time as an export writes them, so
     * an export that streams need not hold every history to describe them.
     */
    public static final class Tally {

        private final List<PartnershipTaken> partnerships = new ArrayList<>();
        private final Set<String> readings = new LinkedHashSet<>();
        private long eventCount;
        private LocalDate firstOccurredOn;
        private LocalDate lastOccurredOn;

        public void add(ExportedPartnership partnership) {
            partnerships.add(taken(partnership));
            readings.add(reading(partnership));
            for (HistoryEvent event : partnership.history()) {
                eventCount++;
                LocalDate day = event.occurredOn();
                if (firstOccurredOn == null || day.isBefore(firstOccurredOn)) {
                    firstOccurredOn = day;
                }
                if (lastOccurredOn == null || day.isAfter(lastOccurredOn)) {
                    lastOccurredOn = day;
                }
            }
        }

        /** The card of the partnerships counted so far. */
        public DataCard card(String format, String file, String contents, String phaseModel, Instant at) {
            return new DataCard(
                    format,
                    file,
                    contents,
                    partnerships,
                    eventCount,
                    firstOccurredOn,
                    lastOccurredOn,
                    phaseModel,
                    readings.isEmpty() ? null : String.join("; ", readings),
                    at);
        }
    }

    public void write(OutputStream out) {
        try {
            JSON.writeValue(out, this);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PartnershipTaken taken(ExportedPartnership partnership) {
        return new PartnershipTaken(
                partnership.partnershipId(),
                partnership.history().size(),
                partnership.openedToResearch(),
                reading(partnership),
                partnership.head().headHash(),
                partnership.head().eventCount(),
                partnership.head().intact());
    }

    /** How the reader's standing redacted the history (query.disclosure). */
    static String reading(ExportedPartnership partnership) {
        Reader reader = partnership.reader();
        if (reader.researcher()) {
            return RESEARCHER_READING;
        }
        if (reader.mediator() || !reader.represents().isEmpty()) {
            return "as a representative or mediator taking part: persons by their ids, diaries only the reader's"
                    + " own or shared ones, a conflict's text only of conflicts the reader is part of";
        }
        return "as a facilitator: persons by their ids, diaries only shared ones, conflicts' text withheld";
    }
}
