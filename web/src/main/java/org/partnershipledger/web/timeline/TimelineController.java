package org.partnershipledger.web.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.query.phase.ObservationTrack;
import org.partnershipledger.query.phase.PhaseInterval;
import org.partnershipledger.query.phase.PhaseModel;
import org.partnershipledger.query.phase.PhaseModels;
import org.partnershipledger.query.phase.Timeline;
import org.partnershipledger.web.partnership.PartnershipController;
import org.partnershipledger.web.security.Histories;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A partnership's history as group phases, by the model a researcher picks, beside the facilitator's own
 * observations. Computed from the history on request: models can be compared without touching the data.
 */
@RestController
class TimelineController {

    private final Histories histories;

    TimelineController(Histories histories) {
        this.histories = histories;
    }

    /** The model's phases in order (a legend), its intervals, the observed ones and how often they agree. */
    record TimelineView(
            String model,
            List<String> phases,
            List<PhaseInterval> intervals,
            LocalDate endedOn,
            List<PhaseInterval> observations,
            Double agreement) {}

    @GetMapping(PartnershipController.PATH + "/{partnershipId}/timeline")
    TimelineView timeline(
            @PathVariable("partnershipId") String id,
            @RequestParam Optional<String> model,
            @RequestParam Optional<LocalDate> asOf,
            @RequestParam Optional<Instant> knownAt) {
        PhaseModel phaseModel = model.map(name -> PhaseModels.byName(name)
                        .orElseThrow(
                                () -> new InvalidValueException("model", "expected one of " + PhaseModels.names())))
                .orElseGet(PhaseModels::firo);
        List<HistoryEvent> history = histories.window(id, asOf, knownAt);
        Timeline timeline = phaseModel.timeline(history);
        List<PhaseInterval> observations = ObservationTrack.observations(history);
        LocalDate until = asOf.orElseGet(() -> LocalDate.now(ZoneOffset.UTC));
        return new TimelineView(
                timeline.model(),
                phaseModel.phases(),
                timeline.intervals(),
                timeline.endedOn(),
                observations,
                ObservationTrack.agreement(timeline, observations, until));
    }
}
