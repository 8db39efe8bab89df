package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.FreeText;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;

/** A person stopped representing their partner. */
@Revision("1")
public record RepresentativeRemoved(
        PartnershipId partnershipId, PersonId person, PartnerId partner, @FreeText String reason, LocalDate occurredOn)
        implements PartnershipEvent {}
