package org.partnershipledger.core.conflict;

import java.util.UUID;
import org.partnershipledger.core.Identifier;
import org.partnershipledger.core.Values;

/** A conflict within a partnership; the mediator and the read side look conflicts up by it. */
public record ConflictId(String value) implements Identifier {

    public ConflictId {
        value = Values.requireText(value, "conflictId");
    }

    public static ConflictId generate() {
        return new ConflictId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
