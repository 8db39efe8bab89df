package org.partnershipledger.core.diary;

import org.partnershipledger.core.RuleViolation;

/** An entry id is recorded once; a second entry under it could be shared or erased by mistake. */
public class DiaryEntryAlreadyRecordedException extends RuleViolation {

    private final DiaryEntryId entryId;

    public DiaryEntryAlreadyRecordedException(DiaryEntryId entryId) {
        super(
                "diary-entry-already-recorded",
                Kind.CONFLICTING_STATE,
                "Diary entry " + entryId + " has already been recorded; a new entry needs a new id.");
        this.entryId = entryId;
    }

    public DiaryEntryId entryId() {
        return entryId;
    }
}
