package org.partnershipledger.query.partnership;

/**
 * Asks for partnerships' summaries, oldest first; answered with {@code List<PartnershipSummary>}. With a
 * person, only the partnerships that person represents a partner in (or did) or mediates a conflict of.
 */
public record ListPartnerships(String person) {

    /** Every partnership. */
    public ListPartnerships() {
        this(null);
    }
}
