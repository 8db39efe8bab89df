package org.partnershipledger.core.person;

import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.RuleViolation;

/**
 * An erased person's details are not taken again: they asked the ledger to forget them, and it could not
 * keep new details anyway (their key is gone).
 */
public class PersonErasedException extends RuleViolation {

    private final PersonId personId;

    public PersonErasedException(PersonId personId) {
        super("person-erased", Kind.CONFLICTING_STATE, "Person " + personId + " was erased; their details are gone.");
        this.personId = personId;
    }

    public PersonId personId() {
        return personId;
    }
}
