package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.FreeText;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.decision.ProposalId;

/**
 * A representative of the partner contested the stance someone else recorded for it: it no longer counts,
 * and the partner answers again.
 */
@Revision("1")
public record StanceContested(
        PartnershipId partnershipId,
        ProposalId proposalId,
        PartnerId partner,
        PersonId contestedBy,
        @FreeText String reason,
        LocalDate occurredOn)
        implements PartnershipEvent {}
