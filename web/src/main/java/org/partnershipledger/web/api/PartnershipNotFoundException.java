package org.partnershipledger.web.api;

class PartnershipNotFoundException extends RuntimeException {

    private final String partnershipId;

    PartnershipNotFoundException(String partnershipId) {
        super("No partnership with id '" + partnershipId + "'");
        this.partnershipId = partnershipId;
    }

    String partnershipId() {
        return partnershipId;
    }
}
