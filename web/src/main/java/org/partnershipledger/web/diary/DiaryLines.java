package org.partnershipledger.web.diary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnershipledger.core.diary.Visibility;
import org.partnershipledger.core.partnership.DiaryEntryRecorded;
import org.partnershipledger.core.partnership.DiaryEntryVisibilityChanged;
import org.partnershipledger.query.history.HistoryEvent;

/**
 * The diary entries in a history as the reader may see it, each with its visibility as it is now (the
 * latest change), so a label never says "private" of an entry its author has since shared.
 */
public final class DiaryLines {

    /** One entry as it reads now. */
    public record DiaryLine(String id, LocalDate writtenOn, String author, String text, boolean shared) {}

    private DiaryLines() {}

    public static List<DiaryLine> of(List<HistoryEvent> readable) {
        Map<String, DiaryEntryRecorded> entries = new LinkedHashMap<>();
        Map<String, Visibility> now = new LinkedHashMap<>();
        for (HistoryEvent recorded : readable) {
            if (recorded.event() instanceof DiaryEntryRecorded entry) {
                entries.putIfAbsent(entry.entryId().value(), entry);
                now.put(entry.entryId().value(), entry.visibility());
            } else if (recorded.event() instanceof DiaryEntryVisibilityChanged changed) {
                now.put(changed.entryId().value(), changed.visibility());
            }
        }
        List<DiaryLine> lines = new ArrayList<>();
        entries.forEach((id, entry) -> lines.add(new DiaryLine(
                id, entry.occurredOn(), entry.author().value(), entry.text(), now.get(id) == Visibility.SHARED)));
        return lines;
    }
}
