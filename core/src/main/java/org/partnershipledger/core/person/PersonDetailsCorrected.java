package org.partnershipledger.core.person;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.Personal;

/**
 * A person's details as corrected (by themselves, a facilitator or an administrator): the whole set,
 * so the latest correction alone says what is true now.
 */
@Revision("1")
public record PersonDetailsCorrected(
        PersonId personId,
        @Personal(subject = "personId") String name,
        @Personal(subject = "personId") String email,
        @Personal(subject = "personId") String phone,
        @Personal(subject = "personId") String organisation,
        LocalDate occurredOn)
        implements PersonEvent {

    @Override
    public String toString() {
        return "PersonDetailsCorrected[personId=" + personId + ", occurredOn=" + occurredOn + ", (personal data)]";
    }
}
