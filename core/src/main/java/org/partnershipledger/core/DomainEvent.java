package org.partnershipledger.core;

import java.time.LocalDate;

/**
 * An event of a partnership's life. History is often entered afterwards, so every event carries the
 * domain date it happened on (the meeting date, the signing date) beside the time the ledger learnt it.
 */
public interface DomainEvent {

    LocalDate occurredOn();
}
