package org.partnershipledger.web.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.programme.DeclareTreatmentRelationship;
import org.partnershipledger.core.programme.ProgrammeId;

/** The body of {@code POST /api/programmes/{id}/treatment-relationships}: two person ids, nothing about the treatment. */
record DeclareTreatmentRelationshipRequest(
        @NotBlank @IdText String person,
        @NotBlank @IdText String closeTo,
        @NotNull @NotInTheFuture LocalDate occurredOn) {

    DeclareTreatmentRelationship toCommand(ProgrammeId programmeId) {
        return new DeclareTreatmentRelationship(programmeId, new PersonId(person), new PersonId(closeTo), occurredOn);
    }
}
