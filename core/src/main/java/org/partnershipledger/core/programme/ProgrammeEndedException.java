package org.partnershipledger.core.programme;

import java.time.LocalDate;
import org.partnershipledger.core.RuleViolation;

/** A pair matched after the programme's last day would have no time to meet. */
public class ProgrammeEndedException extends RuleViolation {

    private final ProgrammeId programmeId;
    private final LocalDate endsOn;
    private final LocalDate matchedOn;

    public ProgrammeEndedException(ProgrammeId programmeId, LocalDate endsOn, LocalDate matchedOn) {
        super(
                "programme-ended",
                Kind.CONFLICTING_STATE,
                "The programme ended on " + endsOn + ", so no pair can be matched on " + matchedOn + ".");
        this.programmeId = programmeId;
        this.endsOn = endsOn;
        this.matchedOn = matchedOn;
    }

    public ProgrammeId programmeId() {
        return programmeId;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public LocalDate matchedOn() {
        return matchedOn;
    }
}
