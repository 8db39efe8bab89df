package org.partnershipledger.core.agreement;

import org.partnershipledger.core.PartnerId;

/**
 * A responsibility one partner carries, or all partners share ({@code partnerId} is null). Its text is
 * checked by {@link Organisation}, which knows the entry's position.
 */
public record Responsibility(PartnerId partnerId, String text) {

    public Responsibility {
        text = SectionValues.text(text);
    }

    /** A responsibility all partners carry together. */
    public static Responsibility shared(String text) {
        return new Responsibility(null, text);
    }
}
