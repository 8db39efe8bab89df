package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;

/** A partner's representative witnessed the head hash of the partnership's history after so many events. */
@Revision("1")
public record CheckpointWitnessed(
        PartnershipId partnershipId,
        PartnerId partner,
        PersonId witness,
        String headHash,
        long eventCount,
        LocalDate occurredOn)
        implements PartnershipEvent {}
