package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.Values;
import org.partnershipledger.core.decision.ProposalId;

/** A new organisation accedes, as the current partners decided in agreement. */
public record AdmitPartner(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        Partner partner,
        ProposalId proposalId,
        LocalDate occurredOn) {

    public AdmitPartner {
        Values.requirePresent(partnershipId, "partnershipId");
        Values.requirePresent(partner, "partner");
        Values.requirePresent(proposalId, "proposalId");
        Values.requirePresent(occurredOn, "occurredOn");
    }
}
