package org.partnershipledger.query.phase;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A stretch of domain time the group spent in one phase, from {@code startsOn} up to (not including) the
 * day the next phase starts; {@code endsOn} is that day, the day the partnership ended, or null while the
 * phase still lasts. {@code causedBy} is the event that moved the group into the phase; {@code events} are
 * the events of the stretch in domain order, the cause first.
 */
public record PhaseInterval(
        String phase, LocalDate startsOn, LocalDate endsOn, TimelineEvent causedBy, List<TimelineEvent> events) {

    public PhaseInterval {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(causedBy, "causedBy");
        events = List.copyOf(events);
    }

    /** Whether the group was in this phase at the end of the given day. */
    boolean covers(LocalDate day) {
        return !startsOn.isAfter(day) && (endsOn == null || endsOn.isAfter(day));
    }
}
