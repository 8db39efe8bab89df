package org.partnershipledger.core.programme;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.PersonId;

/**
 * A joint meeting of the programme was held on {@code occurredOn}. Revision 2 names the meeting's day
 * {@code occurredOn}, as every other event does; revision 1 called it {@code heldOn} (see
 * {@code RenamedFieldsUpcaster}).
 */
@Revision("2")
public record ProgrammeMeetingRecorded(
        ProgrammeId programmeId, ProgrammeMeetingKind kind, LocalDate occurredOn, List<PersonId> attendees)
        implements ProgrammeEvent {

    public ProgrammeMeetingRecorded {
        attendees = List.copyOf(attendees);
    }
}
