package org.partnershipledger.query.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.partnershipledger.core.partnership.PartnershipEvent;

/**
 * A partnership's history as recorded, read straight from its event stream. Views that a reader asks
 * "as of" a domain date or "as known at" a record time are folds over a filtered history, so they need
 * no read model of their own and cannot disagree with the live views.
 */
public class PartnershipHistory {

    private final EventStore events;

    public PartnershipHistory(EventStore events) {
        this.events = events;
    }

    /** Every event of the partnership in the order recorded; empty for an unknown partnership. */
    public List<HistoryEvent> of(String partnershipId) {
        // From sequence 0 rather than the latest snapshot: a reader wants every event, not the state.
        return events.readEvents(partnershipId, 0)
                .asStream()
                .filter(message -> message.getPayload() instanceof PartnershipEvent)
                .map(PartnershipHistory::toHistoryEvent)
                .toList();
    }

    private static HistoryEvent toHistoryEvent(DomainEventMessage<?> message) {
        PartnershipEvent event = (PartnershipEvent) message.getPayload();
        return new HistoryEvent(message.getSequenceNumber(), event.occurredOn(), message.getTimestamp(), event);
    }

    /**
     * Which part of a history a reader asks for: what had happened by a domain date ({@code asOf}), and
     * of that, what the ledger had been told by a record time ({@code knownAt}).
     */
    public record Window(Optional<LocalDate> asOf, Optional<Instant> knownAt) {

        public static final Window EVERYTHING = new Window(Optional.empty(), Optional.empty());

        public List<HistoryEvent> of(List<HistoryEvent> history) {
            return history.stream()
                    .filter(event ->
                            asOf.map(date -> !event.occurredOn().isAfter(date)).orElse(true))
                    .filter(event -> knownAt.map(time -> !event.recordedAt().isAfter(time))
                            .orElse(true))
                    .toList();
        }
    }
}
