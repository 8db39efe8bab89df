package org.partnershipledger.core.partnership;

/** How the partnership came about. */
public enum PartnershipKind {
    /** The partners knew each other. */
    NETWORK_BASED,
    /** One party advertised for partners. */
    TENDER_BASED
}
