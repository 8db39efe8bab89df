package org.partnershipledger.core;

import java.util.UUID;

public record PartnerId(String value) implements Identifier {

    public PartnerId {
        value = Values.requireText(value, "partnerId");
    }

    public static PartnerId generate() {
        return new PartnerId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
