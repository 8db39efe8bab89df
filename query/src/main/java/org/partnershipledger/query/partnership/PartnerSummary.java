package org.partnershipledger.query.partnership;

public record PartnerSummary(String id, String name, String sector) {}
