package org.partnershipledger.core.person;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.Personal;

/**
 * A facilitator or an administrator registered a person. Every detail is personal data, sealed with
 * the person's own key, so erasing the person erases it.
 */
@Revision("1")
public record PersonRegistered(
        PersonId personId,
        @Personal(subject = "personId") String name,
        @Personal(subject = "personId") String email,
        @Personal(subject = "personId") String phone,
        @Personal(subject = "personId") String organisation,
        LocalDate occurredOn)
        implements PersonEvent {

    @Override
    public String toString() {
        return "PersonRegistered[personId=" + personId + ", occurredOn=" + occurredOn + ", (personal data)]";
    }
}
