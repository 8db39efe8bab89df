package org.partnershipledger.core.partnership;

import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.Values;

/** An organisation (or a citizen) taking part in a partnership, with the same say as every other. */
public record Partner(PartnerId id, String name, Sector sector) {

    public Partner {
        Values.requirePresent(id, "partner.id");
        name = Values.requireText(name, "partner.name");
        Values.requirePresent(sector, "partner.sector");
    }
}
