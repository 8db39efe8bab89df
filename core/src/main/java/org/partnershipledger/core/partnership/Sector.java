package org.partnershipledger.core.partnership;

/** Where a partner comes from; partnerships typically cross sectors, and every sector is an equal. */
public enum Sector {
    PUBLIC,
    VOLUNTARY,
    PRIVATE,
    CITIZEN
}
