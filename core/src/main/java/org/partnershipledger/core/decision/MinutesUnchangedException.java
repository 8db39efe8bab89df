package org.partnershipledger.core.decision;

import org.partnershipledger.core.RuleViolation;

/** A correction that changes nothing would only add a version that readers must compare to find no change. */
public final class MinutesUnchangedException extends RuleViolation {

    private final MeetingId meetingId;

    public MinutesUnchangedException(MeetingId meetingId) {
        super(
                "minutes-unchanged",
                Kind.CONFLICTING_STATE,
                "The correction repeats the minutes of meeting " + meetingId + " as they stand; a correction must"
                        + " change them.");
        this.meetingId = meetingId;
    }

    public MeetingId meetingId() {
        return meetingId;
    }
}
