package org.partnershipledger.core.conflict;

import org.partnershipledger.core.RuleViolation;

/** A conflict id is raised once; raising it again would give one conflict two histories. */
public class ConflictAlreadyRaisedException extends RuleViolation {

    private final ConflictId conflictId;

    public ConflictAlreadyRaisedException(ConflictId conflictId) {
        super(
                "conflict-already-raised",
                Kind.CONFLICTING_STATE,
                "Conflict " + conflictId + " has already been raised; a new conflict needs a new id.");
        this.conflictId = conflictId;
    }

    public ConflictId conflictId() {
        return conflictId;
    }
}
