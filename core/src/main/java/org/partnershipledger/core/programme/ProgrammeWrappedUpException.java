package org.partnershipledger.core.programme;

import java.time.LocalDate;
import org.partnershipledger.core.RuleViolation;

/** The joint evaluation meeting closes a programme: after it, no new pair is matched. */
public class ProgrammeWrappedUpException extends RuleViolation {

    private final ProgrammeId programmeId;
    private final LocalDate wrappedUpOn;

    public ProgrammeWrappedUpException(ProgrammeId programmeId, LocalDate wrappedUpOn) {
        super(
                "programme-wrapped-up",
                Kind.CONFLICTING_STATE,
                "The programme was wrapped up with its evaluation meeting on " + wrappedUpOn
                        + ", so no more pairs can be matched in it.");
        this.programmeId = programmeId;
        this.wrappedUpOn = wrappedUpOn;
    }

    public ProgrammeId programmeId() {
        return programmeId;
    }

    public LocalDate wrappedUpOn() {
        return wrappedUpOn;
    }
}
