package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.decision.Outcome;
import org.partnershipledger.core.decision.ProposalId;

/**
 * A decision settled on a stance recorded on a partner's behalf is pending again: the partner contested the
 * stance, so the decision waits for its answer. What followed from the decision meanwhile stays on record.
 */
@Revision("1")
public record DecisionReopened(
        PartnershipId partnershipId, ProposalId proposalId, Outcome previousOutcome, LocalDate occurredOn)
        implements PartnershipEvent {}
