package org.partnershipledger.core.conflict;

import org.partnershipledger.core.RuleViolation;

/** The command names a conflict that was never raised in this partnership. */
public class UnknownConflictException extends RuleViolation {

    private final ConflictId conflictId;

    public UnknownConflictException(ConflictId conflictId) {
        super("unknown-conflict", Kind.UNKNOWN, "No conflict " + conflictId + " has been raised in this partnership.");
        this.conflictId = conflictId;
    }

    public ConflictId conflictId() {
        return conflictId;
    }
}
