package org.partnershipledger.core.programme;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.Values;

/**
 * A person declares that they are close to another in a course of treatment (for instance patient and
 * practitioner), so the facilitator does not pair them. It records no diagnosis, only the two ids.
 */
public record DeclareTreatmentRelationship(
        @TargetAggregateIdentifier ProgrammeId programmeId, PersonId person, PersonId closeTo, LocalDate occurredOn) {

    public DeclareTreatmentRelationship {
        Values.requirePresent(programmeId, "programmeId");
        Values.requirePresent(person, "person");
        Values.requirePresent(closeTo, "closeTo");
        Values.requirePresent(occurredOn, "occurredOn");
        if (person.equals(closeTo)) {
            throw new InvalidValueException(
                    "closeTo", "a person cannot declare a treatment relationship with themselves");
        }
    }
}
