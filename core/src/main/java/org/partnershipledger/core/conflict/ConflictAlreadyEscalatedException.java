package org.partnershipledger.core.conflict;

import org.partnershipledger.core.RuleViolation;

/** An escalated conflict is already with its mediator; escalating it again would name a second one. */
public class ConflictAlreadyEscalatedException extends RuleViolation {

    private final ConflictId conflictId;
    private final MediatorRef mediator;

    public ConflictAlreadyEscalatedException(ConflictId conflictId, MediatorRef mediator) {
        super(
                "conflict-already-escalated",
                Kind.CONFLICTING_STATE,
                "Conflict " + conflictId + " has already been escalated to " + mediator + ".");
        this.conflictId = conflictId;
        this.mediator = mediator;
    }

    public ConflictId conflictId() {
        return conflictId;
    }

    public MediatorRef mediator() {
        return mediator;
    }
}
