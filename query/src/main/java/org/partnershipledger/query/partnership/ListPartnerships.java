package org.partnershipledger.query.partnership;

/** Asks for every partnership's summary, oldest first; answered with {@code List<PartnershipSummary>}. */
public record ListPartnerships() {}
