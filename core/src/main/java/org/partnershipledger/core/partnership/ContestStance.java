package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.Values;
import org.partnershipledger.core.decision.ProposalId;

/** A representative of the partner contests the stance someone else recorded for it, saying why. */
public record ContestStance(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        ProposalId proposalId,
        PartnerId partner,
        PersonId contestedBy,
        String reason,
        LocalDate occurredOn) {

    public ContestStance {
        Values.requirePresent(partnershipId, "partnershipId");
        Values.requirePresent(proposalId, "proposalId");
        Values.requirePresent(partner, "partner");
        Values.requirePresent(contestedBy, "contestedBy");
        reason = Values.requireText(reason, "reason");
        Values.requirePresent(occurredOn, "occurredOn");
    }
}
