package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.decision.MeetingId;
import org.partnershipledger.core.decision.Proposal;

/** A proposal was put to the partners, at a meeting or (without one) in writing. */
@Revision("1")
public record ProposalRecorded(
        PartnershipId partnershipId, Proposal proposal, MeetingId meetingId, LocalDate occurredOn)
        implements PartnershipEvent {}
