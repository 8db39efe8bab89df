package org.partnershipledger.query.partnership;

import java.time.LocalDate;
import java.util.List;

public record PartnershipSummary(
        String id, String name, String purpose, LocalDate formedOn, List<PartnerSummary> partners, String state) {

    public PartnershipSummary {
        partners = List.copyOf(partners);
    }
}
