package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.decision.Outcome;
import org.partnershipledger.core.decision.ProposalId;

/** The partners' stances settled a proposal: adopted in agreement, blocked, or not adopted. */
@Revision("1")
public record DecisionReached(PartnershipId partnershipId, ProposalId proposalId, Outcome outcome, LocalDate occurredOn)
        implements PartnershipEvent {}
