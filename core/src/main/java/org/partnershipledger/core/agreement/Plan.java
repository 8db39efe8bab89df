package org.partnershipledger.core.agreement;

import java.util.List;
import org.partnershipledger.core.InvalidValueException;

/** The time and activity plan: the project's phases and their dates, in the order the partners wrote them. */
public record Plan(List<Phase> phases) {

    public Plan {
        phases = SectionValues.entries(phases, "plan.phases");
        for (int i = 0; i < phases.size(); i++) {
            Phase phase = phases.get(i);
            String field = "plan.phases[" + i + "]";
            if (phase.name().isEmpty()) {
                throw new InvalidValueException(field + ".name", "must not be blank");
            }
            SectionValues.requirePeriod(phase.startsOn(), phase.endsOn(), field);
        }
    }
}
