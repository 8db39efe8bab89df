package org.partnershipledger.query.phase;

import java.time.LocalDate;
import java.util.Objects;
import org.partnershipledger.query.history.HistoryEvent;

/**
 * One event on a timeline as a researcher sees it: its place in the stream, its domain date and its type
 * (e.g. {@code ConflictRaised}). Researchers see no personal data, so nothing of the event's content is kept.
 */
public record TimelineEvent(long sequence, LocalDate occurredOn, String type) {

    public TimelineEvent {
        Objects.requireNonNull(occurredOn, "occurredOn");
        Objects.requireNonNull(type, "type");
    }

    static TimelineEvent of(HistoryEvent event) {
        return new TimelineEvent(event.sequence(), event.occurredOn(), event.type());
    }
}
