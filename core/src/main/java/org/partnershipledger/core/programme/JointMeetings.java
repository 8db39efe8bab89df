package org.partnershipledger.core.programme;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The programme's stages as its joint meetings mark them: start-up until the kick-off, the pairs'
 * meetings until the wrap-up evaluation, then closed. Gatherings may come at any time.
 */
final class JointMeetings {

    private LocalDate kickOffOn;
    private LocalDate wrappedUpOn;

    void requireRecordable(ProgrammeId programmeId, ProgrammeMeetingKind kind, LocalDate heldOn) {
        switch (kind) {
            case KICK_OFF -> requireNoKickOffYet(programmeId);
            case WRAP_UP_EVALUATION -> requireWrapUpAfterKickOff(programmeId, heldOn);
            case GATHERING -> {}
        }
    }

    Optional<LocalDate> wrappedUpOn() {
        return Optional.ofNullable(wrappedUpOn);
    }

    void on(ProgrammeMeetingRecorded event) {
        switch (event.kind()) {
            case KICK_OFF -> kickOffOn = event.occurredOn();
            case WRAP_UP_EVALUATION -> wrappedUpOn = event.occurredOn();
            case GATHERING -> {}
        }
    }

    private void requireNoKickOffYet(ProgrammeId programmeId) {
        if (kickOffOn != null) {
            throw new KickOffAlreadyHeldException(programmeId, kickOffOn);
        }
    }

    private void requireWrapUpAfterKickOff(ProgrammeId programmeId, LocalDate heldOn) {
        if (wrappedUpOn != null) {
            throw new WrapUpAlreadyHeldException(programmeId, wrappedUpOn);
        }
        if (kickOffOn == null || heldOn.isBefore(kickOffOn)) {
            throw new WrapUpBeforeKickOffException(programmeId, heldOn, kickOffOn);
        }
    }
}
