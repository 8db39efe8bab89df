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
        PersonId by,
        @FreeText @Personal(subject = "by", when = "reasonPersonal") String reason,
        boolean reasonPersonal,
        LocalDate givenOn) {

    /** A reason its giver did not mark personal. */
    public StanceGiven(PartnerId partner, Stance stance, PersonId by, String reason, LocalDate givenOn) {
        this(partner, stance, by, reason, false, givenOn);
    }

    public StanceGiven {
        Values.requirePresent(partner, "stance.partner");
        Values.requirePresent(stance, "stance.stance");
        Values.requirePresent(by, "stance.by");
        reason = reason == null ? "" : reason.strip();
        Values.requirePresent(givenOn, "stance.givenOn");
    }
}
