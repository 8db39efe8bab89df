package org.partnershipledger.core.programme;

import java.util.UUID;
import org.partnershipledger.core.Identifier;
import org.partnershipledger.core.Values;

/** A pair within a programme; the pair's own history lives in the partnership it forms. */
public record PairId(String value) implements Identifier {

    public PairId {
        value = Values.requireText(value, "pairId");
    }

    public static PairId generate() {
        return new PairId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
