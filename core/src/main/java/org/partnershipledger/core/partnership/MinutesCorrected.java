package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.FreeText;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.decision.MeetingId;

/** New minutes superseded the earlier ones, which stay on record. */
@Revision("1")
public record MinutesCorrected(
        PartnershipId partnershipId, MeetingId meetingId, @FreeText String minutes, LocalDate occurredOn)
        implements PartnershipEvent {}
