package org.partnershipledger.query.history;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipledger.core.diary.Visibility;
import org.partnershipledger.core.partnership.DiaryEntryRecorded;
import org.partnershipledger.core.partnership.DiaryEntryVisibilityChanged;

/**
 * The diary entries in a history as the reader may see it (their author's, and shared ones; never a
 * researcher's), each with its visibility as it is now.
 */
public final class DiaryEntries {

    public record DiaryEntryView(
            String entryId, String author, LocalDate writtenOn, String text, Visibility visibility) {}

    private DiaryEntries() {}

    public static List<DiaryEntryView> of(List<HistoryEvent> readable) {
        Map<String, DiaryEntryView> entries = new LinkedHashMap<>();
        for (HistoryEvent recorded : readable) {
            if (recorded.event() instanceof DiaryEntryRecorded entry) {
                entries.putIfAbsent(
                        entry.entryId().value(),
                        new DiaryEntryView(
                                entry.entryId().value(),
                                entry.author().value(),
                                entry.occurredOn(),
                                entry.text(),
                                entry.visibility()));
            } else if (recorded.event() instanceof DiaryEntryVisibilityChanged changed) {
                entries.computeIfPresent(
                        changed.entryId().value(),
                        (id, entry) -> new DiaryEntryView(
                                id, entry.author(), entry.writtenOn(), entry.text(), changed.visibility()));
            }
        }
        return List.copyOf(entries.values());
    }

    public static Optional<DiaryEntryView> entry(List<HistoryEvent> readable, String entryId) {
        return of(readable).stream()
                .filter(entry -> entry.entryId().equals(entryId))
                .findFirst();
    }
}
