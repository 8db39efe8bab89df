package org.partnershipledger.core.programme;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.PersonId;

/** A joint meeting of the programme was held. */
@Revision("1")
public record ProgrammeMeetingRecorded(
        ProgrammeId programmeId, ProgrammeMeetingKind kind, LocalDate heldOn, List<PersonId> attendees)
        implements ProgrammeEvent {

    public ProgrammeMeetingRecorded {
        attendees = List.copyOf(attendees);
    }

    @Override
    public LocalDate occurredOn() {
        return heldOn;
    }
}
