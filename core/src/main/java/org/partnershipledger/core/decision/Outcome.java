package org.partnershipledger.core.decision;

/** Where a proposal stands. Every outcome but PENDING settles it: no stance changes it afterwards. */
public enum Outcome {
    /** A current partner has not answered yet (it was absent and may answer in writing). */
    PENDING,
    /** Every current partner consented or abstained, and at least one consented. */
    ADOPTED,
    /** A current partner objected. */
    BLOCKED,
    /** Every current partner abstained: all have answered, yet a decision binds only with a consent. */
    NOT_ADOPTED,
    /** Taken back (retracted) while it was still pending. */
    RETRACTED;

    public boolean isSettled() {
        return this != PENDING;
    }
}
