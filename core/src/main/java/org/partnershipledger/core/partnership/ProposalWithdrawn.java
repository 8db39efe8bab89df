package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.FreeText;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.decision.ProposalId;

/** A pending proposal was taken off the table. */
@Revision("1")
public record ProposalWithdrawn(
        PartnershipId partnershipId, ProposalId proposalId, @FreeText String reason, LocalDate occurredOn)
        implements PartnershipEvent {}
