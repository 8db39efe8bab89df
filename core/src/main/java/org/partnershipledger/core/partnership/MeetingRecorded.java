package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.FreeText;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.decision.Attendee;
import org.partnershipledger.core.decision.MeetingId;
import org.partnershipledger.core.decision.MeetingKind;

/** A meeting was held. */
@Revision("1")
public record MeetingRecorded(
        PartnershipId partnershipId,
        MeetingId meetingId,
        MeetingKind kind,
        List<Attendee> attendees,
        @FreeText List<String> agenda,
        @FreeText String minutes,
        LocalDate occurredOn)
        implements PartnershipEvent {

    public MeetingRecorded {
        attendees = List.copyOf(attendees);
        agenda = List.copyOf(agenda);
    }
}
