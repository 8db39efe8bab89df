package org.partnershipledger.core.conflict;

import org.partnershipledger.core.RuleViolation;

/** A mediation session needs a mediator, and a conflict has one only once it has been escalated. */
public class ConflictNotEscalatedException extends RuleViolation {

    private final ConflictId conflictId;

    public ConflictNotEscalatedException(ConflictId conflictId) {
        super(
                "conflict-not-escalated",
                Kind.CONFLICTING_STATE,
                "Conflict " + conflictId + " has not been escalated to a mediator, so no mediation session can be"
                        + " recorded; record the partners' dialogue as a conflict step instead.");
        this.conflictId = conflictId;
    }

    public ConflictId conflictId() {
        return conflictId;
    }
}
