package org.partnershipledger.web.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.partnershipledger.core.partnership.PartnershipEvent;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.query.history.Participants;

/**
 * Who takes part in each partnership, folded from its history up to a version (the sequence number of the
 * last event folded), kept for the partnerships asked about most recently. Asked again, it reads only the
 * events recorded since, so an authority check costs the same on a long history as on a short one. A fold
 * is never changed once made (later events go into a new one), so concurrent checks each read a whole one.
 */
public class FoldedParticipants {

    /** The participants as the events up to {@code version} say. */
    public record Fold(Participants participants, long version) {}

    private final EventStore events;
    private final int capacity;
    private final Map<String, Fold> recent;
    // Raised by forgetAll, so a fold begun before it is not kept after it.
    private long generation;

    public FoldedParticipants(EventStore events, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("Keep the participants of at least one partnership, not " + capacity);
        }
        this.events = events;
        this.capacity = capacity;
        this.recent = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Fold> eldest) {
                return size() > FoldedParticipants.this.capacity;
            }
        };
    }

    /** The participants as recorded now, and up to which version; empty for a partnership with no history. */
    public Optional<Fold> of(String partnershipId) {
        long generationAtStart;
        Fold known;
        synchronized (this) {
            generationAtStart = generation;
            known = recent.get(partnershipId);
        }
        List<? extends DomainEventMessage<?>> later = events.readEvents(
                        partnershipId, known == null ? 0 : known.version() + 1)
                .asStream()
                .toList();
        if (later.isEmpty()) {
            return Optional.ofNullable(known);
        }
        List<HistoryEvent> history = later.stream()
                .filter(message -> message.getPayload() instanceof PartnershipEvent)
                .map(FoldedParticipants::toHistoryEvent)
                .toList();
        Participants before = known == null ? Participants.of(List.of()) : known.participants();
        Fold folded =
                new Fold(before.followedBy(history), later.get(later.size() - 1).getSequenceNumber());
        synchronized (this) {
            if (generation == generationAtStart) {
                recent.merge(partnershipId, folded, (kept, made) -> kept.version() >= made.version() ? kept : made);
            }
        }
        return Optional.of(folded);
    }

    /**
     * Forgets every fold: a partner's name is in one (a citizen partner's is personal data), so after an
     * erasure none is kept from before it.
     */
    public synchronized void forgetAll() {
        recent.clear();
        generation++;
    }

    /** How many partnerships' participants are kept now. */
    public synchronized int size() {
        return recent.size();
    }

    private static HistoryEvent toHistoryEvent(DomainEventMessage<?> message) {
        PartnershipEvent event = (PartnershipEvent) message.getPayload();
        return new HistoryEvent(message.getSequenceNumber(), event.occurredOn(), message.getTimestamp(), event);
    }
}
