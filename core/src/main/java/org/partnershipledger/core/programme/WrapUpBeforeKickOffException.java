package org.partnershipledger.core.programme;

import java.time.LocalDate;
import java.util.Optional;
import org.partnershipledger.core.RuleViolation;

/** The pairs are evaluated on what they did after the joint start, so the wrap-up comes after the kick-off. */
public class WrapUpBeforeKickOffException extends RuleViolation {

    private final ProgrammeId programmeId;
    private final LocalDate wrapUpOn;
    private final LocalDate kickOffOn;

    /** {@code kickOffOn} is null when no kick-off is on record yet. */
    public WrapUpBeforeKickOffException(ProgrammeId programmeId, LocalDate wrapUpOn, LocalDate kickOffOn) {
        super("wrap-up-before-kick-off", Kind.CONFLICTING_STATE, message(wrapUpOn, kickOffOn));
        this.programmeId = programmeId;
        this.wrapUpOn = wrapUpOn;
        this.kickOffOn = kickOffOn;
    }

    private static String message(LocalDate wrapUpOn, LocalDate kickOffOn) {
        if (kickOffOn == null) {
            return "The programme has had no kick-off yet, so it cannot be wrapped up on " + wrapUpOn
                    + "; record the kick-off first.";
        }
        return "The programme's kick-off was held on " + kickOffOn + ", so it cannot be wrapped up before, on "
                + wrapUpOn + ".";
    }

    public ProgrammeId programmeId() {
        return programmeId;
    }

    public LocalDate wrapUpOn() {
        return wrapUpOn;
    }

    public Optional<LocalDate> kickOffOn() {
        return Optional.ofNullable(kickOffOn);
    }
}
