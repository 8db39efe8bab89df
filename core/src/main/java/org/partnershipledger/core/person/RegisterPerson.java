package org.partnershipledger.core.person;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.Values;

/** Register a person: whoever takes part in a partnership or a programme, known by name from now on. */
public record RegisterPerson(
        @TargetAggregateIdentifier PersonId personId, PersonDetails details, LocalDate occurredOn) {

    public RegisterPerson {
        Values.requirePresent(personId, "personId");
        Values.requirePresent(details, "details");
        Values.requireDate(occurredOn, "occurredOn");
    }
}
