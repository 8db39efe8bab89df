package org.partnershipledger.core;

import java.security.SecureRandom;

/**
 * A person (a representative, a signatory, a facilitator, a diary's author) as the ledger refers to
 * them. Names and contact details are personal data and are never part of an id.
 */
public record PersonId(String value) implements Identifier {

    public PersonId {
        value = Values.requireText(value, "personId");
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    /**
     * A new, opaque id ({@code p-} and 20 random characters, 100 bits): it says nothing of the person, so
     * erasing their name leaves nothing of it in the ids their history keeps.
     */
    public static PersonId generate() {
        StringBuilder id = new StringBuilder("p-");
        for (int i = 0; i < 20; i++) {
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return new PersonId(id.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
