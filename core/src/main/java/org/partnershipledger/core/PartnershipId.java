package org.partnershipledger.core;

import java.util.UUID;

public record PartnershipId(String value) implements Identifier {

    public PartnershipId {
        value = Values.requireText(value, "partnershipId");
    }

    public static PartnershipId generate() {
        return new PartnershipId(UUID.randomUUID().toString());
    }

    /** Axon identifies aggregates by this string, so it must be the bare value. */
    @Override
    public String toString() {
        return value;
    }
}
