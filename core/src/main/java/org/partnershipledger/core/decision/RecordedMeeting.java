package org.partnershipledger.core.decision;

import java.time.LocalDate;
import java.util.List;

/** A meeting on record with every version of its minutes, the original first. */
public record RecordedMeeting(MeetingId id, MeetingKind kind, LocalDate heldOn, List<MinutesVersion> minutes) {

    public RecordedMeeting {
        minutes = List.copyOf(minutes);
    }

    /** The minutes as they now read: the latest correction, or the original if none was made. */
    public String currentMinutes() {
        return minutes.get(minutes.size() - 1).text();
    }
}
