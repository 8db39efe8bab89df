package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.decision.ProposalId;

/** The partners decided in agreement to open their history, free text included, to research. */
@Revision("1")
public record OpenedToResearch(PartnershipId partnershipId, ProposalId decision, LocalDate occurredOn)
        implements PartnershipEvent {}
