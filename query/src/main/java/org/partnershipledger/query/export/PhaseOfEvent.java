package org.partnershipledger.query.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.query.phase.PhaseInterval;
import org.partnershipledger.query.phase.PhaseModel;
import org.partnershipledger.query.phase.TimelineEvent;

/** The phase the group was in at each event of a history, by one phase model (FIRO unless asked). */
final class PhaseOfEvent {

    private final Map<Long, String> bySequence;

    private PhaseOfEvent(Map<Long, String> bySequence) {
        this.bySequence = bySequence;
    }

    static PhaseOfEvent of(PhaseModel model, List<HistoryEvent> history) {
        Map<Long, String> bySequence = new HashMap<>();
        for (PhaseInterval interval : model.timeline(history).intervals()) {
            for (TimelineEvent event : interval.events()) {
                bySequence.put(event.sequence(), interval.phase());
            }
        }
        return new PhaseOfEvent(bySequence);
    }

    Optional<String> of(HistoryEvent event) {
        return Optional.ofNullable(bySequence.get(event.sequence()));
    }
}
