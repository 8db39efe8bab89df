package org.partnershipledger.core.decision;

import java.time.LocalDate;
import org.partnershipledger.core.FreeText;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.Personal;
import org.partnershipledger.core.Values;

/** A partner's stance on a proposal, given by one of its representatives at a meeting or in writing later. */
public record StanceGiven(
        PartnerId partner,
        Stance stance,
        PersonId givenBy,
        @FreeText @Personal(subject = "givenBy", when = "reasonPersonal") String reason,
        boolean reasonPersonal,
        LocalDate occurredOn) {

    /** A reason its giver did not mark personal. */
    public StanceGiven(PartnerId partner, Stance stance, PersonId givenBy, String reason, LocalDate occurredOn) {
        this(partner, stance, givenBy, reason, false, occurredOn);
    }

    public StanceGiven {
        Values.requirePresent(partner, "stance.partner");
        Values.requirePresent(stance, "stance.stance");
        Values.requirePresent(givenBy, "stance.givenBy");
        reason = reason == null ? "" : reason.strip();
        Values.requirePresent(occurredOn, "stance.occurredOn");
    }
}
