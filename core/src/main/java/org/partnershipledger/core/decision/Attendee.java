package org.partnershipledger.core.decision;

import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.Values;

/**
 * A person at a meeting and the partner they represent there; {@code represents} is null for a guest
 * (a facilitator, an external member), who attends but never gives a partner's stance.
 */
public record Attendee(PersonId person, PartnerId represents) {

    public Attendee {
        Values.requirePresent(person, "attendee.person");
    }

    public static Attendee guest(PersonId person) {
        return new Attendee(person, null);
    }

    // Not named isGuest: Jackson would store that as a third property and then refuse to read it back.
    public boolean attendsAsGuest() {
        return represents == null;
    }
}
