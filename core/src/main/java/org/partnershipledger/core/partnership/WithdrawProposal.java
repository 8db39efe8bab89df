package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.Values;
import org.partnershipledger.core.decision.ProposalId;

/** A pending proposal is taken off the table. */
public record WithdrawProposal(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        ProposalId proposalId,
        String reason,
        LocalDate occurredOn) {

    public WithdrawProposal {
        Values.requirePresent(partnershipId, "partnershipId");
        Values.requirePresent(proposalId, "proposalId");
        reason = Values.requireText(reason, "reason");
        Values.requirePresent(occurredOn, "occurredOn");
    }
}
