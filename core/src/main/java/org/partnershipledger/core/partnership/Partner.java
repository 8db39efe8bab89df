package org.partnershipledger.core.partnership;

import org.partnershipledger.core.Name;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.Personal;
import org.partnershipledger.core.Values;

/** An organisation (or a citizen) taking part in a partnership, with the same say as every other. */
public record Partner(PartnerId id, @Personal(subject = "id", when = "citizen") @Name String name, Sector sector) {

    public Partner {
        Values.requirePresent(id, "partner.id");
        name = Values.requireText(name, "partner.name");
        Values.requirePresent(sector, "partner.sector");
    }

    /** A citizen partner is a person, so its name is personal data. */
    public boolean citizen() {
        return sector == Sector.CITIZEN;
    }
}
