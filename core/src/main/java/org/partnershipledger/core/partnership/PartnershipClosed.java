package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.decision.ProposalId;
import org.partnershipledger.core.partnership.ClosePartnership.ClosingReason;

/**
 * The partnership ended at the end of its term or by a decision in agreement.
 * {@code proposalId} names the adopted proposal (null for a term that ended). Revision 2 named it so;
 * revision 1 called it {@code decision} (see {@code RenamedFieldsUpcaster}).
 */
@Revision("2")
public record PartnershipClosed(
        PartnershipId partnershipId, ClosingReason reason, ProposalId proposalId, LocalDate occurredOn)
        implements PartnershipEvent {}
