package org.partnershipledger.query.phase;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A partnership's history read through one phase model: the phase intervals in domain order, and the day
 * the partnership was dissolved or closed (null while it lasts).
 */
public record Timeline(String model, List<PhaseInterval> intervals, LocalDate endedOn) {

    public Timeline {
        Objects.requireNonNull(model, "model");
        intervals = List.copyOf(intervals);
    }
}
