package org.partnershipledger.core.programme;

import java.time.LocalDate;
import org.partnershipledger.core.RuleViolation;

/** A programme ends with one joint evaluation meeting. */
public class WrapUpAlreadyHeldException extends RuleViolation {

    private final ProgrammeId programmeId;
    private final LocalDate wrappedUpOn;

    public WrapUpAlreadyHeldException(ProgrammeId programmeId, LocalDate wrappedUpOn) {
        super(
                "wrap-up-already-held",
                Kind.CONFLICTING_STATE,
                "The programme's wrap-up evaluation was already held on " + wrappedUpOn
                        + "; a programme has one wrap-up.");
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
