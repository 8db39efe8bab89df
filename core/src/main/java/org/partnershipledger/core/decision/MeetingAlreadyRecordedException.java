package org.partnershipledger.core.decision;

import org.partnershipledger.core.RuleViolation;

public final class MeetingAlreadyRecordedException extends RuleViolation {

    private final MeetingId meetingId;

    public MeetingAlreadyRecordedException(MeetingId meetingId) {
        super(
                "meeting-already-recorded",
                Kind.CONFLICTING_STATE,
                "Meeting " + meetingId + " is already recorded; correct its minutes instead of recording it again.");
        this.meetingId = meetingId;
    }

    public MeetingId meetingId() {
        return meetingId;
    }
}
