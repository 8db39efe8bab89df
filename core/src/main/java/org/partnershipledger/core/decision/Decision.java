package org.partnershipledger.core.decision;

import java.time.LocalDate;
import java.util.List;

/**
 * A proposal as it stands: the meeting it was put to (null when put in writing), the stances given so
 * far in the order given, its outcome and the date that outcome was reached (null while pending).
 */
public record Decision(
        Proposal proposal,
        MeetingId meeting,
        LocalDate proposedOn,
        List<StanceGiven> stances,
        Outcome outcome,
        LocalDate reachedOn) {

    public Decision {
        stances = List.copyOf(stances);
    }
}
