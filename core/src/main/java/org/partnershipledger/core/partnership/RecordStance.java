package org.partnershipledger.core.partnership;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.Values;
import org.partnershipledger.core.decision.ProposalId;
import org.partnershipledger.core.decision.StanceGiven;

/** A partner that was absent answers a pending proposal in writing. */
public record RecordStance(
        @TargetAggregateIdentifier PartnershipId partnershipId, ProposalId proposalId, StanceGiven stance) {

    public RecordStance {
        Values.requirePresent(partnershipId, "partnershipId");
        Values.requirePresent(proposalId, "proposalId");
        Values.requirePresent(stance, "stance");
    }
}
