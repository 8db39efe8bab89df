package org.partnershipledger.core.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.DomainEvent;

/** A minimal event for the storage contract: some text, an exact amount and a domain date. */
@Revision("1")
public record Noted(String text, BigDecimal amount, LocalDate occurredOn) implements DomainEvent {

    public static Noted of(String text) {
        return new Noted(text, new BigDecimal("1234.50"), LocalDate.of(2003, 8, 15));
    }
}
