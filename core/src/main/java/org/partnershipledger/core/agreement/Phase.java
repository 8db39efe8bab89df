package org.partnershipledger.core.agreement;

import java.time.LocalDate;
import org.partnershipledger.core.Name;

/**
 * One phase of the plan, from its start to its end ({@code endsOn} is null for an open-ended phase).
 * Checked by {@link Plan}, which knows the phase's position and can name it (plan.phases[1].endsOn).
 */
public record Phase(@Name String name, LocalDate startsOn, LocalDate endsOn) {

    public Phase {
        name = SectionValues.text(name);
    }
}
