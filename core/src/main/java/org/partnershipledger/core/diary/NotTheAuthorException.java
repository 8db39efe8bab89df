package org.partnershipledger.core.diary;

import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.RuleViolation;

/** A diary is its author's own: only they decide whether an entry is shared. */
public class NotTheAuthorException extends RuleViolation {

    private final DiaryEntryId entryId;
    private final PersonId requestedBy;

    public NotTheAuthorException(DiaryEntryId entryId, PersonId requestedBy) {
        super(
                "not-the-author",
                Kind.CONFLICTING_STATE,
                "Only the author of diary entry " + entryId + " may decide who reads it; " + requestedBy
                        + " did not write it.");
        this.entryId = entryId;
        this.requestedBy = requestedBy;
    }

    public DiaryEntryId entryId() {
        return entryId;
    }

    public PersonId requestedBy() {
        return requestedBy;
    }
}
