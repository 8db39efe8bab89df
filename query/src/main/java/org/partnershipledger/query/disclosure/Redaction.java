package org.partnershipledger.query.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.partnershipledger.core.FreeText;
import org.partnershipledger.core.Values;
import org.partnershipledger.core.conflict.ConflictId;
import org.partnershipledger.core.diary.DiaryEntryId;
import org.partnershipledger.core.partnership.OpenedToResearch;
import org.partnershipledger.core.partnership.PartnershipEvent;
import org.partnershipledger.query.history.HistoryEvent;

/**
 * A partnership's history as one reader may see it (issue 5). Every read view is a fold over a history,
 * so a view of the redacted history is redacted too, and no view needs rules of its own:
 *
 * <ul>
 *   <li>a diary entry is read by its author, and once shared by others in the partnership too; never by a
 *       researcher;
 *   <li>a conflict's text (topic, description, notes, resolution, reason) is read by the partnership's
 *       mediator and the representatives of the partners involved; others read that it exists, between
 *       whom, when, and its state;
 *   <li>a researcher reads every person by a stable pseudonym ({@link Pseudonyms}), and reads the
 *       {@link FreeText} of a partnership only once it opened its history to research in agreement, and
 *       never free text that is one person's personal data (a reason its giver marked personal).
 * </ul>
 *
 * Whether an entry is shared and whether the history is open are read from the history given. Redacting
 * the whole history before cutting a window ("as of", "as known at") applies them as they stand today, so
 * an entry made private again disappears from past views too, and opening a history opens its past;
 * redacting a window applies them as they stood at its end.
 */
public final class Redaction implements UnaryOperator<List<HistoryEvent>> {

    /** What a reader reads in place of text withheld; text, because events require their texts present. */
    public static final String WITHHELD = "(withheld)";

    private final Reader reader;
    private final Pseudonyms pseudonyms;

    private Redaction(Reader reader, Pseudonyms pseudonyms) {
        this.reader = reader;
        this.pseudonyms = pseudonyms;
    }

    /** @param pseudonyms needed for a researcher only; may be null for any other reader */
    public static Redaction of(Reader reader, Pseudonyms pseudonyms) {
        Values.requirePresent(reader, "reader");
        if (reader.researcher()) {
            Values.requirePresent(pseudonyms, "pseudonyms");
        }
        return new Redaction(reader, pseudonyms);
    }

    /** The history without what the reader may not see, in the same order with the same positions and times. */
    @Override
    public List<HistoryEvent> apply(List<HistoryEvent> history) {
        return page(history, 0, Integer.MAX_VALUE).events();
    }

    /** A page of what a reader may see of a history, and how many events they may see in all. */
    public record Page(int total, List<HistoryEvent> events) {}

    /**
     * The events from the {@code from}th the reader may see on, at most {@code limit}: what they may see is
     * judged over the whole history, but only the page's events are rewritten, so a page costs the same
     * wherever it is.
     */
    public Page page(List<HistoryEvent> history, int from, int limit) {
        DiaryReadership diaries = DiaryReadership.of(history);
        ConflictParties conflicts = ConflictParties.of(history);
        boolean openToResearch = history.stream().anyMatch(recorded -> recorded.event() instanceof OpenedToResearch);
        List<HistoryEvent> redacted = new ArrayList<>(Math.min(limit, history.size()));
        int seen = 0;
        for (HistoryEvent recorded : history) {
            PartnershipEvent event = recorded.event();
            Optional<DiaryEntryId> entry = DiaryReadership.entryOf(event);
            if (entry.isPresent() && !diaries.readableBy(reader, entry.get())) {
                continue;
            }
            if (seen >= from && seen - from < limit) {
                Rewriting rewriting = rewritingOf(event, conflicts, openToResearch);
                redacted.add(
                        rewriting.changesNothing()
                                ? recorded
                                : new HistoryEvent(
                                        recorded.sequence(),
                                        recorded.occurredOn(),
                                        recorded.recordedAt(),
                                        EventRewriter.rewrite(event, rewriting)));
            }
            seen++;
        }
        return new Page(seen, List.copyOf(redacted));
    }

    private Rewriting rewritingOf(PartnershipEvent event, ConflictParties conflicts, boolean openToResearch) {
        if (reader.researcher()) {
            return new Rewriting(!openToResearch, pseudonyms);
        }
        Optional<ConflictId> conflict = ConflictParties.conflictOf(event);
        boolean conflictTextWithheld = conflict.isPresent() && !conflicts.readableBy(reader, conflict.get());
        return conflictTextWithheld ? new Rewriting(true, null) : Rewriting.NONE;
    }
}
