package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.FreeText;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.decision.ProposalId;

/**
 * A pending proposal was taken back by the partners, before any decision on it: retracted, a word of its own
 * so that it is never confused with a partner withdrawing from the partnership. Revision 2 is the first under
 * this name; revision 1 was stored as {@code ProposalWithdrawn} (see {@code RenamedFieldsUpcaster}).
 */
@Revision("2")
public record ProposalRetracted(
        PartnershipId partnershipId, ProposalId proposalId, @FreeText String reason, LocalDate occurredOn)
        implements PartnershipEvent {}
