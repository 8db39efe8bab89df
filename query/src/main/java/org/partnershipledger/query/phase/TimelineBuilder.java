package org.partnershipledger.query.phase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.partnershipledger.core.partnership.PartnershipClosed;
import org.partnershipledger.core.partnership.PartnershipDissolved;
import org.partnershipledger.core.partnership.PartnershipEvent;
import org.partnershipledger.query.history.Dissolutions;
import org.partnershipledger.query.history.HistoryEvent;

/**
 * Cuts a history into phase intervals as a model moves the group from phase to phase. A move to the phase
 * the group is already in starts no new interval; events before the first phase belong to none.
 */
final class TimelineBuilder {

    /** History is often entered afterwards, so phases follow domain dates, the stream only breaking ties. */
    static final Comparator<HistoryEvent> DOMAIN_ORDER =
            Comparator.comparing(HistoryEvent::occurredOn).thenComparingLong(HistoryEvent::sequence);

    private final String model;
    private final List<PhaseInterval> finished = new ArrayList<>();
    private String phase;
    private LocalDate startsOn;
    private TimelineEvent causedBy;
    private List<TimelineEvent> events = new ArrayList<>();
    private LocalDate endedOn;

    TimelineBuilder(String model) {
        this.model = model;
    }

    /** Only the dissolution that stands ends a timeline; one moved or cancelled since never happened. */
    static List<HistoryEvent> inDomainOrder(List<HistoryEvent> history) {
        return Dissolutions.standing(history).stream().sorted(DOMAIN_ORDER).toList();
    }

    /** Dissolution or closing: the partnership's last day, after which nothing belongs to its timeline. */
    static boolean endsPartnership(PartnershipEvent event) {
        return event instanceof PartnershipDissolved || event instanceof PartnershipClosed;
    }

    String phase() {
        return phase;
    }

    void moveTo(String next, HistoryEvent cause) {
        if (next == null || next.equals(phase)) {
            return;
        }
        if (phase != null) {
            finished.add(new PhaseInterval(phase, startsOn, cause.occurredOn(), causedBy, events));
        }
        phase = next;
        startsOn = cause.occurredOn();
        causedBy = TimelineEvent.of(cause);
        events = new ArrayList<>();
    }

    void record(HistoryEvent event) {
        if (phase != null) {
            events.add(TimelineEvent.of(event));
        }
    }

    void end(LocalDate on) {
        endedOn = on;
    }

    Timeline build() {
        List<PhaseInterval> intervals = new ArrayList<>(finished);
        if (phase != null) {
            intervals.add(new PhaseInterval(phase, startsOn, endedOn, causedBy, events));
        }
        return new Timeline(model, intervals, endedOn);
    }
}
