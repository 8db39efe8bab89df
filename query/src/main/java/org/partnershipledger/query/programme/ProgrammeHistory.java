package org.partnershipledger.query.programme;

import java.util.List;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.partnershipledger.core.programme.ProgrammeEvent;

/**
 * A programme's history read straight from its event stream, as {@code PartnershipHistory} reads a
 * partnership's: the view is a fold of it, so it is as current as the command side.
 */
public class ProgrammeHistory {

    private final EventStore events;

    public ProgrammeHistory(EventStore events) {
        this.events = events;
    }

    /** Every event of the programme in the order recorded; empty for an unknown programme. */
    public List<ProgrammeEvent> of(String programmeId) {
        return events.readEvents(programmeId, 0)
                .asStream()
                .map(message -> message.getPayload())
                .filter(ProgrammeEvent.class::isInstance)
                .map(ProgrammeEvent.class::cast)
                .toList();
    }

    /** The programme as its history tells it; empty for an unknown programme. */
    public Optional<ProgrammeView> view(String programmeId) {
        return ProgrammeView.of(of(programmeId));
    }
}
