package org.partnershipledger.core.conflict;

/** Where a conflict stands: with the partners, with the mediator, or closed one way or the other. */
public enum ConflictState {
    /** The partners handle it themselves, in dialogue. */
    RAISED,
    /** The partners could not resolve it themselves, so a mediator has stepped in. */
    ESCALATED,
    RESOLVED,
    ABANDONED;

    public boolean isOpen() {
        return this == RAISED || this == ESCALATED;
    }
}
