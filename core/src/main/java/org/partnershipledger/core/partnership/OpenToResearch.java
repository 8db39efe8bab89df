package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.Values;
import org.partnershipledger.core.decision.ProposalId;

/**
 * The partners open their partnership's history to research, as they decided in agreement: researchers
 * then read its free text (minutes, reasons, descriptions) too, persons still pseudonymised.
 */
public record OpenToResearch(
        @TargetAggregateIdentifier PartnershipId partnershipId, ProposalId proposalId, LocalDate occurredOn) {

    public OpenToResearch {
        Values.requirePresent(partnershipId, "partnershipId");
        Values.requirePresent(proposalId, "proposalId");
        Values.requirePresent(occurredOn, "occurredOn");
    }
}
