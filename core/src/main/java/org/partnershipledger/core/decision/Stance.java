package org.partnershipledger.core.decision;

/** A partner's answer to a proposal. Abstaining is allowed and recorded, but only a consent makes a decision bind. */
public enum Stance {
    CONSENT,
    OBJECT,
    ABSTAIN
}
