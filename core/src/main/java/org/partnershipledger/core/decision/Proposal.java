package org.partnershipledger.core.decision;

import org.partnershipledger.core.FreeText;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.Values;

/**
 * What a partner puts to the others for a decision in agreement; {@code concernsVersion} names the
 * agreement version it is about (an amendment, following up the agreement) and is null otherwise.
 */
public record Proposal(ProposalId id, @FreeText String text, PartnerId proposedBy, Integer concernsVersion) {

    public Proposal {
        Values.requirePresent(id, "proposal.id");
        text = Values.requireText(text, "proposal.text");
        Values.requirePresent(proposedBy, "proposal.proposedBy");
        if (concernsVersion != null && concernsVersion < 1) {
            throw new InvalidValueException("proposal.concernsVersion", "agreement versions are numbered from 1");
        }
    }
}
