package org.partnershipledger.core.erasure;

import java.time.LocalDate;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.Values;

/**
 * A person asked to be erased (the right to erasure): their keys are destroyed, so every text that is
 * their personal data reads as erased wherever the ledger kept it; what they did stays on record by id.
 */
public record ErasePerson(PersonId person, LocalDate occurredOn) {

    public ErasePerson {
        Values.requirePresent(person, "person");
        Values.requirePresent(occurredOn, "occurredOn");
    }
}
