package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.decision.ProposalId;
import org.partnershipledger.core.partnership.ClosePartnership.ClosingReason;

/** The partnership ended at the end of its term or by a decision in agreement. */
@Revision("1")
public record PartnershipClosed(
        PartnershipId partnershipId, ClosingReason reason, ProposalId decision, LocalDate occurredOn)
        implements PartnershipEvent {}
