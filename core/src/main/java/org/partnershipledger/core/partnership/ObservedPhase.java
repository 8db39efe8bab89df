package org.partnershipledger.core.partnership;

/** The group phases of Schutz's FIRO (DOMAIN.md), as a facilitator sees them. */
public enum ObservedPhase {
    /** Assembling the group: am I accepted, can I accept the others. */
    BELONGING,
    /** Responsibility is distributed, disagreements handled, roles found. */
    CONTROL,
    /** Roles settled; trust, acceptance and open communication. */
    CLOSENESS
}
