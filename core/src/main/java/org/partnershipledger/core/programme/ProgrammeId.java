package org.partnershipledger.core.programme;

import java.util.UUID;
import org.partnershipledger.core.Identifier;
import org.partnershipledger.core.Values;

public record ProgrammeId(String value) implements Identifier {

    public ProgrammeId {
        value = Values.requireText(value, "programmeId");
    }

    public static ProgrammeId generate() {
        return new ProgrammeId(UUID.randomUUID().toString());
    }

    /** Axon identifies aggregates by this string, so it must be the bare value. */
    @Override
    public String toString() {
        return value;
    }
}
