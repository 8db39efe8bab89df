package org.partnershipledger.web.security;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.partnershipledger.query.disclosure.Pseudonyms;
import org.partnershipledger.query.disclosure.Redaction;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.query.history.PartnershipHistory;
import org.springframework.stereotype.Component;

/**
 * The part of a partnership's history a reader asks for, as that reader may see it: refused to those who
 * may not read it, and redacted for the rest (diaries, conflicts they are not part of, pseudonyms for
 * researchers) before any view is folded from it. An unknown partnership is answered with a 404.
 */
@Component
public class Histories {

    private final PartnershipHistory histories;
    private final Authority authority;
    private final Pseudonyms pseudonyms;

    public Histories(PartnershipHistory histories, Authority authority, Pseudonyms pseudonyms) {
        this.histories = histories;
        this.authority = authority;
        this.pseudonyms = pseudonyms;
    }

    /**
     * A window of the history as the signed-in reader may see it. The window is cut first, so whether a
     * diary entry was shared, or the history open to research, is judged as of the window's end.
     */
    public List<HistoryEvent> window(String id, Optional<LocalDate> asOf, Optional<Instant> knownAt) {
        return window(readable(id), asOf, knownAt);
    }

    /** The same, for a history already read. */
    public List<HistoryEvent> window(Reading reading, Optional<LocalDate> asOf, Optional<Instant> knownAt) {
        List<HistoryEvent> window = new PartnershipHistory.Window(asOf, knownAt).of(reading.history());
        return Redaction.of(reading.standing().reader(), pseudonyms).apply(window);
    }

    /**
     * A page of a window as the signed-in reader may see it: the {@code from}th event they may see on, at
     * most {@code limit}, and how many they may see in all. Only the page is redacted event by event.
     */
    public Redaction.Page page(String id, Optional<LocalDate> asOf, Optional<Instant> knownAt, int from, int limit) {
        Reading reading = readable(id);
        List<HistoryEvent> window = new PartnershipHistory.Window(asOf, knownAt).of(reading.history());
        return Redaction.of(reading.standing().reader(), pseudonyms).page(window, from, limit);
    }

    /** The whole history, unredacted, and the reader's standing in it, or a refusal. */
    public Reading readable(String id) {
        List<HistoryEvent> all = histories.of(id);
        if (all.isEmpty()) {
            throw new PartnershipNotFoundException(id);
        }
        Standing standing = authority.in(id, all);
        standing.toRead();
        return new Reading(all, standing);
    }

    /**
     * The first {@code events} events of a history read before, for the standing it was read with: read
     * again (an export's second pass over it), it is what it was, whatever was recorded since.
     */
    public Reading again(String id, Standing standing, int events) {
        List<HistoryEvent> all = histories.of(id);
        return new Reading(all.subList(0, Math.min(events, all.size())), standing);
    }

    /**
     * {@code history} is the whole history, unredacted: for deciding what the reader may do (whom they
     * represent), never for what they are shown. A page or view shows only what {@link #window} gives, so a
     * researcher reads no person's id and no one reads what the redaction withholds.
     */
    public record Reading(List<HistoryEvent> history, Standing standing) {}
}
