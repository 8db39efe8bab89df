package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.decision.ProposalId;

/**
 * The partners decided in agreement to open their history, free text included, to research; {@code proposalId}
 * names the adopted proposal. Revision 2 named it so; revision 1 called it {@code decision} (see
 * {@code RenamedFieldsUpcaster}).
 */
@Revision("2")
public record OpenedToResearch(PartnershipId partnershipId, ProposalId proposalId, LocalDate occurredOn)
        implements PartnershipEvent {}
