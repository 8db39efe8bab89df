package org.partnershipledger.core;

import java.util.UUID;

/**
 * A person (a representative, a signatory, a facilitator, a diary's author) as the ledger refers to
 * them. Names and contact details are personal data and are never part of an id.
 */
public record PersonId(String value) implements Identifier {

    public PersonId {
        value = Values.requireText(value, "personId");
    }

    public static PersonId generate() {
        return new PersonId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
