package org.partnershipledger.core.agreement;

import java.util.List;

/** What the partners shall achieve, and the success criteria it is measured on. */
public record Goals(List<String> goals, List<String> successCriteria) {

    public Goals {
        goals = SectionValues.items(goals, "goals.goals");
        successCriteria = SectionValues.items(successCriteria, "goals.successCriteria");
    }
}
