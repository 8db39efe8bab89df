package org.partnershipledger.core.diary;

import org.partnershipledger.core.RuleViolation;

/** The command names a diary entry that was never recorded in this partnership. */
public class UnknownDiaryEntryException extends RuleViolation {

    private final DiaryEntryId entryId;

    public UnknownDiaryEntryException(DiaryEntryId entryId) {
        super(
                "unknown-diary-entry",
                Kind.UNKNOWN,
                "No diary entry " + entryId + " has been recorded in this partnership.");
        this.entryId = entryId;
    }

    public DiaryEntryId entryId() {
        return entryId;
    }
}
