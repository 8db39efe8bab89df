package org.partnershipledger.web.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.programme.DeclareTreatmentRelationship;
import org.partnershipledger.core.programme.ProgrammeId;
import org.partnershipledger.web.api.IdText;
import org.partnershipledger.web.api.NotInTheFuture;

/** The body of {@code POST /api/programmes/{id}/treatment-relationships}: two person ids, nothing about the treatment. */
record DeclareTreatmentRelationshipRequest(
        @NotBlank @IdText String person,
        @NotBlank @IdText String closeTo,
        @NotNull @NotInTheFuture LocalDate occurredOn) {

    DeclareTreatmentRelationship toCommand(ProgrammeId programmeId) {
        return new DeclareTreatmentRelationship(programmeId, new PersonId(person), new PersonId(closeTo), occurredOn);
    }
}
