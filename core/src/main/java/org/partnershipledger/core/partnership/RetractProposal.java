package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.Values;
import org.partnershipledger.core.decision.ProposalId;

/** A pending proposal is taken back (retracted): it will not be decided. */
public record RetractProposal(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        ProposalId proposalId,
        String reason,
        LocalDate occurredOn) {

    public RetractProposal {
        Values.requirePresent(partnershipId, "partnershipId");
        Values.requirePresent(proposalId, "proposalId");
        reason = Values.requireText(reason, "reason");
        Values.requirePresent(occurredOn, "occurredOn");
    }
}
