package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.Values;
import org.partnershipledger.core.decision.MeetingId;

/** New minutes for a meeting; the earlier ones stay on record. */
public record CorrectMinutes(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        MeetingId meetingId,
        String minutes,
        LocalDate occurredOn) {

    public CorrectMinutes {
        Values.requirePresent(partnershipId, "partnershipId");
        Values.requirePresent(meetingId, "meetingId");
        minutes = Values.requireText(minutes, "minutes");
        Values.requirePresent(occurredOn, "occurredOn");
    }
}
