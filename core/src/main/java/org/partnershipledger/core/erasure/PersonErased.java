package org.partnershipledger.core.erasure;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.DomainEvent;
import org.partnershipledger.core.PersonId;

/**
 * A person's personal data was erased; {@code keysDestroyed} counts their own key and those of the
 * citizen partners they represented. The event itself carries nothing personal.
 */
@Revision("1")
public record PersonErased(PersonId person, int keysDestroyed, LocalDate occurredOn) implements DomainEvent {}
