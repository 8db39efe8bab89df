package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.FreeText;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;

/** A facilitator saw the group in a phase. */
@Revision("1")
public record PhaseObserved(
        PartnershipId partnershipId,
        PersonId observer,
        ObservedPhase phase,
        @FreeText String note,
        LocalDate occurredOn)
        implements PartnershipEvent {}
