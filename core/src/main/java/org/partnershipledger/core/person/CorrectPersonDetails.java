package org.partnershipledger.core.person;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.Values;

/** Correct a registered person's details; the details given replace the ones on record. */
public record CorrectPersonDetails(
        @TargetAggregateIdentifier PersonId personId, PersonDetails details, LocalDate occurredOn) {

    public CorrectPersonDetails {
        Values.requirePresent(personId, "personId");
        Values.requirePresent(details, "details");
        Values.requireDate(occurredOn, "occurredOn");
    }
}
