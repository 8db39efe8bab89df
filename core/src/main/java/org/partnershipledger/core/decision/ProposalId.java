package org.partnershipledger.core.decision;

import java.util.UUID;
import org.partnershipledger.core.Identifier;
import org.partnershipledger.core.Values;

public record ProposalId(String value) implements Identifier {

    public ProposalId {
        value = Values.requireText(value, "proposalId");
    }

    public static ProposalId generate() {
        return new ProposalId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
