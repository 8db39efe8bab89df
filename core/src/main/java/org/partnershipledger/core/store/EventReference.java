package org.partnershipledger.core.store;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

/**
 * Where an event is stored once appended, known before it is: its place in the unique (aggregate, sequence)
 * index and its identifier. An event not published by an aggregate is stored under its own identifier at
 * sequence 0 ({@link EventDocuments#toDocument}).
 */
public record EventReference(String aggregateIdentifier, long sequenceNumber, String eventIdentifier) {

    public static EventReference of(EventMessage<?> event) {
        if (event instanceof DomainEventMessage<?> domainEvent) {
            return new EventReference(
                    domainEvent.getAggregateIdentifier(), domainEvent.getSequenceNumber(), event.getIdentifier());
        }
        return new EventReference(event.getIdentifier(), 0, event.getIdentifier());
    }
}
