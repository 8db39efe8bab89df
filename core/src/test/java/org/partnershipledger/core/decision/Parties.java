package org.partnershipledger.core.decision;

import java.time.LocalDate;
import java.util.Set;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PersonId;

/** Partners and representatives of the "violence against women" partnership (DOMAIN.md), as test data. */
final class Parties {

    static final PartnerId MODREHJAELPEN = new PartnerId("modrehjaelpen");
    static final PartnerId KOMMUNE = new PartnerId("frederiksberg-kommune");
    static final PartnerId POLITI = new PartnerId("frederiksberg-politi");
    static final PartnerId AARHUS_POLITI = new PartnerId("aarhus-politi");

    static final PersonId SECRETARY = new PersonId("secretary-modrehjaelpen");
    static final PersonId MANAGER = new PersonId("manager-kommune");
    static final PersonId SOCIAL_WORKER = new PersonId("social-worker-kommune");
    static final PersonId INSPECTOR = new PersonId("inspector-politi");
    static final PersonId AARHUS_INSPECTOR = new PersonId("inspector-aarhus");
    static final PersonId MEDIATOR = new PersonId("mediator");

    static final Set<PartnerId> THREE = Set.of(MODREHJAELPEN, KOMMUNE, POLITI);

    static final LocalDate MEETING_DAY = LocalDate.of(2004, 3, 10);

    private Parties() {}

    static StanceGiven consent(PartnerId partner, PersonId by) {
        return new StanceGiven(partner, Stance.CONSENT, by, null, MEETING_DAY);
    }

    static StanceGiven objection(PartnerId partner, PersonId by) {
        return new StanceGiven(partner, Stance.OBJECT, by, "Not within our mandate", MEETING_DAY);
    }

    static StanceGiven abstention(PartnerId partner, PersonId by) {
        return new StanceGiven(partner, Stance.ABSTAIN, by, null, MEETING_DAY);
    }
}
