package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.decision.ProposalId;

/** A representative of the partner confirmed the stance someone else recorded for it. */
@Revision("1")
public record StanceConfirmed(
        PartnershipId partnershipId,
        ProposalId proposalId,
        PartnerId partner,
        PersonId confirmedBy,
        LocalDate occurredOn)
        implements PartnershipEvent {}
