package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.decision.ProposalId;

/**
 * A new organisation acceded by a decision in agreement; it becomes party to the agreement by signing it.
 * {@code proposalId} names the adopted proposal that admitted it. Revision 2 named it so; revision 1
 * called it {@code decision} (see {@code RenamedFieldsUpcaster}).
 */
@Revision("2")
public record PartnerAdmitted(PartnershipId partnershipId, Partner partner, ProposalId proposalId, LocalDate occurredOn)
        implements PartnershipEvent {}
