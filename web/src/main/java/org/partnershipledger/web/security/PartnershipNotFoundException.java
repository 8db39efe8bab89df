package org.partnershipledger.web.security;

/** Nothing is recorded under a partnership id (or nothing had happened yet by the date asked). */
public class PartnershipNotFoundException extends RuntimeException {

    private final String partnershipId;

    public PartnershipNotFoundException(String partnershipId) {
        super("No partnership with id '" + partnershipId + "'");
        this.partnershipId = partnershipId;
    }

    public String partnershipId() {
        return partnershipId;
    }
}
