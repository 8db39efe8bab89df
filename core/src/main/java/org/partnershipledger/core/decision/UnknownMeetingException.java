package org.partnershipledger.core.decision;

import org.partnershipledger.core.RuleViolation;

public final class UnknownMeetingException extends RuleViolation {

    private final MeetingId meetingId;

    public UnknownMeetingException(MeetingId meetingId) {
        super("meeting-unknown", Kind.UNKNOWN, "No meeting " + meetingId + " is recorded in this partnership.");
        this.meetingId = meetingId;
    }

    public MeetingId meetingId() {
        return meetingId;
    }
}
