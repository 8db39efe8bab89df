package org.partnershipledger.core.partnership;

import java.util.List;
import org.partnershipledger.core.PartnerId;

/** The real partners of the "violence against women" partnership (DOMAIN.md), as test data. */
final class KnownPartners {

    static final Partner MODREHJAELPEN = new Partner(new PartnerId("p-1"), "Mødrehjælpen", Sector.VOLUNTARY);
    static final Partner FREDERIKSBERG_KOMMUNE =
            new Partner(new PartnerId("p-2"), "Frederiksberg Kommune", Sector.PUBLIC);
    static final Partner FREDERIKSBERG_POLITI =
            new Partner(new PartnerId("p-3"), "Frederiksberg Politi", Sector.PUBLIC);

    static final List<Partner> TWO = List.of(MODREHJAELPEN, FREDERIKSBERG_KOMMUNE);

    private KnownPartners() {}
}
