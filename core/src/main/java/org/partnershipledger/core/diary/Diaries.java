package org.partnershipledger.core.diary;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.partnershipledger.core.PersonId;

/**
 * The diary entries of one partnership, as far as its rules need them: who wrote each entry and who may
 * read it. The text is personal data and no rule depends on it, so it is not kept here.
 */
public final class Diaries {

    private record TrackedEntry(PersonId author, Visibility visibility) {}

    private final Map<DiaryEntryId, TrackedEntry> entries = new HashMap<>();

    public void checkRecord(DiaryEntryId entryId) {
        if (entries.containsKey(entryId)) {
            throw new DiaryEntryAlreadyRecordedException(entryId);
        }
    }

    /** Only the author shares or unshares an entry, and only a change of visibility is recorded. */
    public void checkVisibilityChange(DiaryEntryId entryId, PersonId requestedBy, Visibility visibility) {
        TrackedEntry entry = entries.get(entryId);
        if (entry == null) {
            throw new UnknownDiaryEntryException(entryId);
        }
        if (!entry.author().equals(requestedBy)) {
            throw new NotTheAuthorException(entryId, requestedBy);
        }
        if (entry.visibility() == visibility) {
            throw new VisibilityUnchangedException(entryId, visibility);
        }
    }

    public Optional<Visibility> visibilityOf(DiaryEntryId entryId) {
        return Optional.ofNullable(entries.get(entryId)).map(TrackedEntry::visibility);
    }

    public void onRecorded(DiaryEntryId entryId, PersonId author, Visibility visibility) {
        entries.put(entryId, new TrackedEntry(author, visibility));
    }

    public void onVisibilityChanged(DiaryEntryId entryId, Visibility visibility) {
        entries.computeIfPresent(entryId, (id, entry) -> new TrackedEntry(entry.author(), visibility));
    }
}
