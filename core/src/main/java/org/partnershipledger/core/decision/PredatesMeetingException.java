package org.partnershipledger.core.decision;

import java.time.LocalDate;
import org.partnershipledger.core.RuleViolation;

/** Minutes are written after a meeting; a correction dated before it would garble the timeline. */
public final class PredatesMeetingException extends RuleViolation {

    private final MeetingId meetingId;
    private final LocalDate date;
    private final LocalDate heldOn;

    public PredatesMeetingException(MeetingId meetingId, LocalDate date, LocalDate heldOn) {
        super(
                "predates-meeting",
                Kind.CONFLICTING_STATE,
                "The minutes of meeting " + meetingId + " cannot be corrected as of " + date
                        + ": the meeting was held only on " + heldOn + ".");
        this.meetingId = meetingId;
        this.date = date;
        this.heldOn = heldOn;
    }

    public MeetingId meetingId() {
        return meetingId;
    }

    public LocalDate date() {
        return date;
    }

    public LocalDate heldOn() {
        return heldOn;
    }
}
