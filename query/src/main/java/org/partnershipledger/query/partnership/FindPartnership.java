package org.partnershipledger.query.partnership;

/** Asks for one partnership's summary; answered with {@code Optional<PartnershipSummary>}. */
public record FindPartnership(String partnershipId) {}
