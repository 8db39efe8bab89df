package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.Values;
import org.partnershipledger.core.decision.ProposalId;

/** A representative of the partner confirms the stance someone else recorded for it. */
public record ConfirmStance(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        ProposalId proposalId,
        PartnerId partner,
        PersonId confirmedBy,
        LocalDate occurredOn) {

    public ConfirmStance {
        Values.requirePresent(partnershipId, "partnershipId");
        Values.requirePresent(proposalId, "proposalId");
        Values.requirePresent(partner, "partner");
        Values.requirePresent(confirmedBy, "confirmedBy");
        Values.requirePresent(occurredOn, "occurredOn");
    }
}
