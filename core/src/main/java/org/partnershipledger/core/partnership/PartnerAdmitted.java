package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.decision.ProposalId;

/** A new organisation acceded by a decision in agreement; it becomes party to the agreement by signing it. */
@Revision("1")
public record PartnerAdmitted(PartnershipId partnershipId, Partner partner, ProposalId decision, LocalDate occurredOn)
        implements PartnershipEvent {}
