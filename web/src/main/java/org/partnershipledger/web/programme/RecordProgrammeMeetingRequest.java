package org.partnershipledger.web.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.programme.ProgrammeId;
import org.partnershipledger.core.programme.ProgrammeMeetingKind;
import org.partnershipledger.core.programme.RecordProgrammeMeeting;
import org.partnershipledger.web.api.IdText;
import org.partnershipledger.web.api.NotInTheFuture;

/** The body of {@code POST /api/programmes/{id}/meetings}: a joint meeting and the persons who attended. */
record RecordProgrammeMeetingRequest(
        @NotNull ProgrammeMeetingKind kind,
        @NotNull @NotInTheFuture LocalDate occurredOn,
        @NotNull @Size(min = 1, message = "a meeting needs at least one attendee")
                List<@NotBlank @IdText String> attendees) {

    RecordProgrammeMeeting toCommand(ProgrammeId programmeId) {
        List<PersonId> persons = attendees.stream().map(PersonId::new).toList();
        return new RecordProgrammeMeeting(programmeId, kind, occurredOn, persons);
    }
}
