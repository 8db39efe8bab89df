package org.partnershipledger.core.agreement;

import java.time.LocalDate;

/** The agreement's term; {@code endsOn} is null for an agreement that runs until the partners end it. */
public record Term(LocalDate startsOn, LocalDate endsOn) {

    public Term {
        SectionValues.requirePeriod(startsOn, endsOn, "term");
    }
}
