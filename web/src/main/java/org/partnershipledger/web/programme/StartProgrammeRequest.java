package org.partnershipledger.web.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.programme.ProgrammeId;
import org.partnershipledger.core.programme.StartProgramme;
import org.partnershipledger.web.api.IdText;

/**
 * The body of {@code POST /api/programmes}. The dates may lie ahead: a facilitator sets a programme up
 * before its start to match the pairs. The facilitator is a person id, never a name.
 */
record StartProgrammeRequest(
        @NotBlank String name,
        @NotBlank @IdText String facilitator,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn) {

    StartProgramme toCommand(ProgrammeId programmeId) {
        return new StartProgramme(programmeId, name, new PersonId(facilitator), startsOn, endsOn);
    }
}
