package org.partnershipledger.core.agreement;

/** How the partnership is financed, and whether money changes hands (often none: each funds its own part). */
public record Budget(String financing, boolean moneyExchanged) {

    public Budget {
        financing = SectionValues.text(financing);
    }
}
