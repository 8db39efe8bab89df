package org.partnershipledger.core.conflict;

/** What a conflict is about; the field reports name different readings of the agreement most often. */
public enum ConflictCategory {
    AGREEMENT_READING,
    COMMUNICATION,
    AUTONOMY,
    CONFIDENTIALITY,
    RESOURCES,
    OTHER
}
