package org.partnershipledger.core.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

/**
 * The last stream position this engine appended per aggregate, for the aggregates appended to most
 * recently. An aggregate's next event following one of these was numbered by this engine's own allocator,
 * whose numbers only grow, so it needs no read to be numbered after it.
 */
final class OwnAppends {

    private static final int REMEMBERED = 10_000;

    private final Map<String, Long> lastSequences = new LinkedHashMap<>(1_024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > REMEMBERED;
        }
    };

    synchronized void remember(List<? extends EventMessage<?>> appended) {
        for (EventMessage<?> event : appended) {
            if (event instanceof DomainEventMessage<?> domain && domain.getAggregateIdentifier() != null) {
                lastSequences.put(domain.getAggregateIdentifier(), domain.getSequenceNumber());
            }
        }
    }

    /** Whether the event before {@code sequence} in the aggregate's stream was appended by this engine. */
    synchronized boolean follows(String aggregate, long sequence) {
        Long last = lastSequences.get(aggregate);
        return last != null && last == sequence - 1;
    }
}
