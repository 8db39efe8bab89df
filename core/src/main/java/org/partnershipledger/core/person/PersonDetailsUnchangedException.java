package org.partnershipledger.core.person;

import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.RuleViolation;

/** A correction that changes nothing would only add noise to the person's history. */
public class PersonDetailsUnchangedException extends RuleViolation {

    private final PersonId personId;

    public PersonDetailsUnchangedException(PersonId personId) {
        super(
                "person-details-unchanged",
                Kind.CONFLICTING_STATE,
                "The details of person " + personId + " already read as given.");
        this.personId = personId;
    }

    public PersonId personId() {
        return personId;
    }
}
