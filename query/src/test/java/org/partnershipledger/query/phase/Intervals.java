package org.partnershipledger.query.phase;

import java.util.List;

/** Intervals as one line each, e.g. {@code CONTROL 2003-02-01..2003-06-01 ConflictRaised}, so tests read as timelines. */
final class Intervals {

    private Intervals() {}

    static List<String> of(Timeline timeline) {
        return of(timeline.intervals());
    }

    static List<String> of(List<PhaseInterval> intervals) {
        return intervals.stream()
                .map(interval -> interval.phase() + " " + interval.startsOn() + ".."
                        + (interval.endsOn() == null ? "" : interval.endsOn()) + " "
                        + interval.causedBy().type())
                .toList();
    }
}
