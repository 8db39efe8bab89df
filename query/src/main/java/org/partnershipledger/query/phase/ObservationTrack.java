package org.partnershipledger.query.phase;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.partnershipledger.core.partnership.PhaseObserved;
import org.partnershipledger.query.history.HistoryEvent;

/**
 * The facilitator's phase observations as a second track beside a model's timeline, and how far the two
 * agree. The track keeps only phases and dates: who observed and what they noted is personal data.
 */
public final class ObservationTrack {

    private ObservationTrack() {}

    /**
     * The observed phases as intervals: each observation holds from its date until the next observation of
     * another phase or the partnership's end. A repeated observation of the same phase joins the interval.
     */
    public static List<PhaseInterval> observations(List<HistoryEvent> history) {
        TimelineBuilder track = new TimelineBuilder("observed");
        for (HistoryEvent event : TimelineBuilder.inDomainOrder(history)) {
            if (event.event() instanceof PhaseObserved observed) {
                track.moveTo(observed.phase().name(), event);
                track.record(event);
            }
            if (TimelineBuilder.endsPartnership(event.event())) {
                track.end(event.occurredOn());
                break;
            }
        }
        return track.build().intervals();
    }

    /**
     * The share of days, from the first observation up to {@code until} (or the timeline's end, whichever
     * comes first), on which the observed phase is the model's phase: 0 to 1. Null when there is nothing to
     * compare: no observations, no day in the period, or a model whose phases a facilitator does not observe
     * (only FIRO's names are observed).
     */
    public static Double agreement(Timeline model, List<PhaseInterval> observations, LocalDate until) {
        if (observations.isEmpty() || !FiroModel.NAME.equals(model.model())) {
            return null;
        }
        LocalDate from = observations.get(0).startsOn();
        LocalDate to = until;
        if (model.endedOn() != null && (to == null || to.isAfter(model.endedOn()))) {
            to = model.endedOn();
        }
        if (to == null || !to.isAfter(from)) {
            return null;
        }
        // Counted stretch by stretch between the days either track changes, not day by day: a history may
        // hold a date far from the others (one recorded before dates were checked), and the count must not
        // grow with the span of its dates.
        TreeSet<LocalDate> changes = new TreeSet<>(List.of(from, to));
        for (PhaseInterval interval : concat(model.intervals(), observations)) {
            for (LocalDate change : new LocalDate[] {interval.startsOn(), interval.endsOn()}) {
                if (change != null && change.isAfter(from) && change.isBefore(to)) {
                    changes.add(change);
                }
            }
        }
        long days = 0;
        long agreeing = 0;
        LocalDate stretch = null;
        for (LocalDate change : changes) {
            if (stretch != null) {
                long length = ChronoUnit.DAYS.between(stretch, change);
                days += length;
                String modelled = phaseOn(model.intervals(), stretch);
                if (modelled != null && modelled.equals(phaseOn(observations, stretch))) {
                    agreeing += length;
                }
            }
            stretch = change;
        }
        return (double) agreeing / days;
    }

    private static List<PhaseInterval> concat(List<PhaseInterval> one, List<PhaseInterval> other) {
        List<PhaseInterval> both = new ArrayList<>(one);
        both.addAll(other);
        return both;
    }

    private static String phaseOn(List<PhaseInterval> intervals, LocalDate day) {
        return intervals.stream()
                .filter(interval -> interval.covers(day))
                .map(PhaseInterval::phase)
                .findFirst()
                .orElse(null);
    }
}
