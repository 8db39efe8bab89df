package org.partnershipledger.core.programme;

import java.time.LocalDate;
import org.partnershipledger.core.RuleViolation;

/** A programme starts its pairs together once, at one joint kick-off. */
public class KickOffAlreadyHeldException extends RuleViolation {

    private final ProgrammeId programmeId;
    private final LocalDate kickOffOn;

    public KickOffAlreadyHeldException(ProgrammeId programmeId, LocalDate kickOffOn) {
        super(
                "kick-off-already-held",
                Kind.CONFLICTING_STATE,
                "The programme's kick-off was already held on " + kickOffOn + "; a programme has one kick-off.");
        this.programmeId = programmeId;
        this.kickOffOn = kickOffOn;
    }

    public ProgrammeId programmeId() {
        return programmeId;
    }

    public LocalDate kickOffOn() {
        return kickOffOn;
    }
}
