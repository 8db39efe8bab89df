package org.partnershipledger.query.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.partnershipledger.core.partnership.PartnershipEvent;

/**
 * One event of a partnership's history as a reader sees it: its place in the partnership's stream, the
 * domain date it happened on, and the time the ledger recorded it (history is often entered afterwards,
 * so the two orders can differ).
 */
public record HistoryEvent(long sequence, LocalDate occurredOn, Instant recordedAt, PartnershipEvent event) {

    public HistoryEvent {
        Objects.requireNonNull(occurredOn, "occurredOn");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(event, "event");
    }

    /** The event's type as a reader names it, e.g. {@code AgreementTookEffect}. */
    public String type() {
        return event.getClass().getSimpleName();
    }
}
