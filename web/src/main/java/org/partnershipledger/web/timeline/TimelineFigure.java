package org.partnershipledger.web.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.partnershipledger.query.phase.PhaseInterval;
import org.partnershipledger.query.phase.TimelineEvent;

/**
 * What a timeline drawing shows: the partnership's name (null when the reader's history holds none), a
 * model's phases (in legend order) and intervals, the facilitator's observed phases and the model they are
 * observed by, every event of the window as a mark, and the day the reader looks from (null: now).
 */
public record TimelineFigure(
        String name,
        String model,
        List<String> phases,
        List<PhaseInterval> intervals,
        String observedModel,
        List<PhaseInterval> observations,
        List<TimelineEvent> events,
        LocalDate asOf,
        LocalDate axisEnd,
        Long highlighted) {

    public TimelineFigure {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(observedModel, "observedModel");
        phases = List.copyOf(phases);
        intervals = List.copyOf(intervals);
        observations = List.copyOf(observations);
        events = List.copyOf(events);
    }
}
