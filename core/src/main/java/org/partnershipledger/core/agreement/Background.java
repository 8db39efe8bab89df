package org.partnershipledger.core.agreement;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.PartnerId;

/** Which problem the partnership solves, and the strengths and competences each partner brings. */
public record Background(String problem, List<PartnerStrengths> strengths) {

    public Background {
        problem = SectionValues.text(problem);
        strengths = SectionValues.entries(strengths, "background.strengths");
        requireOneEntryPerPartner(strengths);
    }

    // Each partner's strengths are one entry; a partner listed twice is a drafting slip, not two partners.
    private static void requireOneEntryPerPartner(List<PartnerStrengths> strengths) {
        Set<PartnerId> seen = new HashSet<>();
        for (int i = 0; i < strengths.size(); i++) {
            PartnerId partnerId = strengths.get(i).partnerId();
            String field = "background.strengths[" + i + "].partnerId";
            if (partnerId == null) {
                throw new InvalidValueException(field, "is required");
            }
            if (!seen.add(partnerId)) {
                throw new InvalidValueException(field, partnerId + " is listed more than once");
            }
        }
    }
}
