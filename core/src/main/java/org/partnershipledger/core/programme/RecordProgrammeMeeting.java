package org.partnershipledger.core.programme;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.Values;

/** The facilitator records a joint meeting of the programme: the kick-off, the wrap-up or a gathering. */
public record RecordProgrammeMeeting(
        @TargetAggregateIdentifier ProgrammeId programmeId,
        ProgrammeMeetingKind kind,
        LocalDate occurredOn,
        List<PersonId> attendees) {

    public RecordProgrammeMeeting {
        Values.requirePresent(programmeId, "programmeId");
        Values.requirePresent(kind, "kind");
        Values.requirePresent(occurredOn, "occurredOn");
        attendees = Values.requireList(attendees, "attendees");
        if (attendees.isEmpty()) {
            throw new InvalidValueException("attendees", "a meeting needs at least one attendee");
        }
        requireDistinct(attendees);
    }

    private static void requireDistinct(List<PersonId> attendees) {
        Set<PersonId> seen = new HashSet<>();
        for (PersonId attendee : attendees) {
            if (!seen.add(attendee)) {
                throw new InvalidValueException(
                        "attendees", "'" + attendee + "' is listed more than once; each attendee is listed once");
            }
        }
    }
}
