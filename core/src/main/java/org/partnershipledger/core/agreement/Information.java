package org.partnershipledger.core.agreement;

/** How partners inform each other, and the outside world (e.g. each other first, before the press). */
public record Information(String internal, String external) {

    public Information {
        internal = SectionValues.text(internal);
        external = SectionValues.text(external);
    }
}
