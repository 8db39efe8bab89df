package org.partnershipledger.query.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
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
        List<LocalDate> days = taken.stream()
                .flatMap(partnership -> partnership.history().stream())
                .map(HistoryEvent::occurredOn)
                .sorted(Comparator.naturalOrder())
                .toList();
        List<String> readings = taken.stream().map(DataCard::reading).distinct().toList();
        return new DataCard(
                format,
                file,
                contents,
                taken.stream().map(DataCard::taken).toList(),
                days.size(),
                days.isEmpty() ? null : days.get(0),
                days.isEmpty() ? null : days.get(days.size() - 1),
                phaseModel,
                readings.isEmpty() ? null : String.join("; ", readings),
                at);
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
