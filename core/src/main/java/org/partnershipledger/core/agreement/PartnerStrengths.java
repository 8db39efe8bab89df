package org.partnershipledger.core.agreement;

import org.partnershipledger.core.PartnerId;

/**
 * What one partner brings. The partner is checked by {@link Background}, which knows the entry's
 * position and can name it (background.strengths[1].partnerId).
 */
public record PartnerStrengths(PartnerId partnerId, String strengths) {

    public PartnerStrengths {
        strengths = SectionValues.text(strengths);
    }
}
