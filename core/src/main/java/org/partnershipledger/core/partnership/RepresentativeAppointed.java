package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;

/** A person started to represent a partner in a role. */
@Revision("1")
public record RepresentativeAppointed(
        PartnershipId partnershipId, PersonId person, PartnerId partner, Role role, LocalDate occurredOn)
        implements PartnershipEvent {}
