package org.partnershipledger.core.agreement;

import java.util.List;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.Values;

/**
 * How the partners work together: their rights and duties (including each partner's autonomy), who is
 * responsible for what, how they govern, and how they inform each other and the outside world.
 */
public record Organisation(
        String rightsAndDuties, List<Responsibility> responsibilities, Governance governance, Information information) {

    public Organisation {
        rightsAndDuties = SectionValues.text(rightsAndDuties);
        responsibilities = SectionValues.entries(responsibilities, "organisation.responsibilities");
        for (int i = 0; i < responsibilities.size(); i++) {
            if (responsibilities.get(i).text().isEmpty()) {
                throw new InvalidValueException("organisation.responsibilities[" + i + "].text", "must not be blank");
            }
        }
        Values.requirePresent(governance, "organisation.governance");
        Values.requirePresent(information, "organisation.information");
    }
}
