package org.partnershipledger.core.conflict;

import org.partnershipledger.core.RuleViolation;

/** Escalating means handing the conflict to someone: the agreement names no mediator and none was appointed. */
public class NoMediatorException extends RuleViolation {

    private final ConflictId conflictId;

    public NoMediatorException(ConflictId conflictId) {
        super(
                "no-mediator",
                Kind.CONFLICTING_STATE,
                "Conflict " + conflictId + " cannot be escalated: the agreement in force names no mediator and"
                        + " none was appointed.");
        this.conflictId = conflictId;
    }

    public ConflictId conflictId() {
        return conflictId;
    }
}
