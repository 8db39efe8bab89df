package org.partnershipledger.core.partnership;

/** How much the partners put into the joint activity (DOMAIN.md, complexity levels). */
public enum ComplexityLevel {
    /** Partners support each other's activity and exchange knowledge. */
    LOW,
    /** Partners share resources and develop joint activities beside their own. */
    MEDIUM,
    /** Partners put core tasks and resources into one joint product. */
    HIGH
}
