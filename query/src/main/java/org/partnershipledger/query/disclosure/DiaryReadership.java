package org.partnershipledger.query.disclosure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.diary.DiaryEntryId;
import org.partnershipledger.core.diary.Visibility;
import org.partnershipledger.core.partnership.DiaryEntryRecorded;
import org.partnershipledger.core.partnership.DiaryEntryVisibilityChanged;
import org.partnershipledger.core.partnership.PartnershipEvent;
import org.partnershipledger.query.history.HistoryEvent;

/** Each diary entry's author and its visibility at the end of a history, the last change in stream order. */
final class DiaryReadership {

    private final Map<DiaryEntryId, PersonId> authors = new HashMap<>();
    private final Map<DiaryEntryId, Visibility> visibility = new HashMap<>();

    static DiaryReadership of(List<HistoryEvent> history) {
        DiaryReadership readership = new DiaryReadership();
        for (HistoryEvent recorded : history) {
            PartnershipEvent event = recorded.event();
            if (event instanceof DiaryEntryRecorded entry) {
                readership.authors.putIfAbsent(entry.entryId(), entry.author());
                readership.visibility.put(entry.entryId(), entry.visibility());
            } else if (event instanceof DiaryEntryVisibilityChanged changed) {
                readership.visibility.put(changed.entryId(), changed.visibility());
            }
        }
        return readership;
    }

    /** The diary entry an event is about, if it is a diary event. */
    static Optional<DiaryEntryId> entryOf(PartnershipEvent event) {
        if (event instanceof DiaryEntryRecorded entry) {
            return Optional.of(entry.entryId());
        } else if (event instanceof DiaryEntryVisibilityChanged changed) {
            return Optional.of(changed.entryId());
        }
        return Optional.empty();
    }

    /** An entry whose writing is not in the history has no known author, so nobody is shown it. */
    boolean readableBy(Reader reader, DiaryEntryId entry) {
        PersonId author = authors.get(entry);
        return author != null && reader.readsDiaryEntry(author, visibility.get(entry) == Visibility.SHARED);
    }
}
