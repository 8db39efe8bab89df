package org.partnershipledger.query.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.partnershipledger.core.partnership.PartnershipEvent;

/**
 * A partnership's history as recorded, read from its event stream. Views that a reader asks "as of" a
 * domain date or "as known at" a record time are folds over a filtered history, so they need no read model
 * of their own and cannot disagree with the live views.
 *
 * <p>Histories read lately are kept decoded ({@link RecentHistories}), bounded by the events they hold
 * together, and each read only adds what was appended since, so a long history costs its new events. The
 * stream is read again from its start when its last kept event is no longer where it was (an append taken
 * back), and everything kept is dropped on {@link #forgetAll()}: after an erasure no decrypted personal data
 * may stay in memory.
 */
public class PartnershipHistory {

    /**
     * About 100 MB of decoded events at some 1 KB each (a meeting with its minutes is the largest), a fifth of
     * the 512 MB heap the ledger runs in; a partnership has a few thousand events, so this keeps dozens.
     */
    public static final long DEFAULT_MAX_EVENTS = 100_000;

    private final EventStore events;
    private final RecentHistories recent;

    public PartnershipHistory(EventStore events) {
        this(events, DEFAULT_MAX_EVENTS);
    }

    /** @param maxEvents how many decoded events the histories kept may hold together; 0 keeps none */
    public PartnershipHistory(EventStore events, long maxEvents) {
        this.events = events;
        this.recent = new RecentHistories(maxEvents);
    }

    /** Every event of the partnership in the order recorded; empty for an unknown partnership. */
    public List<HistoryEvent> of(String partnershipId) {
        long generation = recent.generation();
        RecentHistories.Read held = recent.get(partnershipId);
        RecentHistories.Read read = held == null ? readFrom(partnershipId, 0, List.of()) : extend(partnershipId, held);
        if (read.nextSequence() > 0 && read != held) {
            recent.put(partnershipId, read, generation);
        }
        return read.events();
    }

    /** Drops every history kept, so none is answered from memory again (after an erasure). */
    public void forgetAll() {
        recent.clear();
    }

    /** How many decoded events the histories kept hold together. */
    public long eventsKept() {
        return recent.events();
    }

    /** Reads from the last event kept on: it must still be there, or the stream is read again from its start. */
    private RecentHistories.Read extend(String partnershipId, RecentHistories.Read held) {
        long last = held.nextSequence() - 1;
        List<DomainEventMessage<?>> messages;
        try (Stream<? extends DomainEventMessage<?>> stream =
                events.readEvents(partnershipId, last).asStream()) {
            messages = new ArrayList<>(stream.toList());
        }
        if (messages.isEmpty()
                || messages.get(0).getSequenceNumber() != last
                || !messages.get(0).getIdentifier().equals(held.lastEventIdentifier())) {
            recent.forget(partnershipId);
            return readFrom(partnershipId, 0, List.of());
        }
        if (messages.size() == 1) {
            return held;
        }
        return append(held.events(), messages.subList(1, messages.size()));
    }

    private RecentHistories.Read readFrom(String partnershipId, long first, List<HistoryEvent> before) {
        List<DomainEventMessage<?>> messages;
        try (Stream<? extends DomainEventMessage<?>> stream =
                events.readEvents(partnershipId, first).asStream()) {
            messages = new ArrayList<>(stream.toList());
        }
        if (messages.isEmpty()) {
            return new RecentHistories.Read(before, first, null);
        }
        return append(before, messages);
    }

    private static RecentHistories.Read append(List<HistoryEvent> before, List<DomainEventMessage<?>> messages) {
        List<HistoryEvent> history = new ArrayList<>(before.size() + messages.size());
        history.addAll(before);
        for (DomainEventMessage<?> message : messages) {
            if (message.getPayload() instanceof PartnershipEvent event) {
                history.add(new HistoryEvent(
                        message.getSequenceNumber(), event.occurredOn(), message.getTimestamp(), event));
            }
        }
        DomainEventMessage<?> last = messages.get(messages.size() - 1);
        return new RecentHistories.Read(
                Collections.unmodifiableList(history), last.getSequenceNumber() + 1, last.getIdentifier());
    }

    /**
     * Which part of a history a reader asks for: what had happened by a domain date ({@code asOf}), and
     * of that, what the ledger had been told by a record time ({@code knownAt}).
     */
    public record Window(Optional<LocalDate> asOf, Optional<Instant> knownAt) {

        public static final Window EVERYTHING = new Window(Optional.empty(), Optional.empty());

        public List<HistoryEvent> of(List<HistoryEvent> history) {
            if (asOf.isEmpty() && knownAt.isEmpty()) {
                return history;
            }
            return history.stream()
                    .filter(event ->
                            asOf.map(date -> !event.occurredOn().isAfter(date)).orElse(true))
                    .filter(event -> knownAt.map(time -> !event.recordedAt().isAfter(time))
                            .orElse(true))
                    .toList();
        }
    }
}
