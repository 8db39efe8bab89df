package org.partnershipledger.core.agreement;

import java.time.Period;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.Values;

/**
 * How the agreement is followed up and amended, how a partner leaves, and the notice a leaving partner
 * gives. The notice period is always stated, zero for "at once", because a withdrawal under an agreement
 * in force takes effect only when it has run.
 */
public record ChangesAndExit(String amendment, String withdrawal, Period noticePeriod) {

    public ChangesAndExit {
        amendment = SectionValues.text(amendment);
        withdrawal = SectionValues.text(withdrawal);
        Values.requirePresent(noticePeriod, "changes.noticePeriod");
        if (noticePeriod.isNegative()) {
            throw new InvalidValueException("changes.noticePeriod", "must not be negative");
        }
    }
}
