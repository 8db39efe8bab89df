package org.partnershipledger.core.conflict;

import java.util.Locale;
import org.partnershipledger.core.RuleViolation;

/**
 * A resolved or abandoned conflict stays closed, so its history reads as it ended. A disagreement that
 * returns is raised as a new conflict.
 */
public class ConflictClosedException extends RuleViolation {

    private final ConflictId conflictId;
    private final ConflictState state;

    /**
     * @param refused what cannot happen any more, completing "so ..." (e.g. "it cannot be escalated")
     */
    public ConflictClosedException(ConflictId conflictId, ConflictState state, String refused) {
        super(
                "conflict-closed",
                Kind.CONFLICTING_STATE,
                "Conflict " + conflictId + " has been " + state.name().toLowerCase(Locale.ROOT) + ", so " + refused
                        + ". Raise a new conflict if the disagreement returns.");
        this.conflictId = conflictId;
        this.state = state;
    }

    public ConflictId conflictId() {
        return conflictId;
    }

    public ConflictState state() {
        return state;
    }
}
