package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;

/** A person took over every role of another for the same partner; the group meets a newcomer. */
@Revision("1")
public record RepresentativeReplaced(
        PartnershipId partnershipId,
        PartnerId partner,
        PersonId outgoing,
        PersonId incoming,
        Set<Role> roles,
        LocalDate occurredOn)
        implements PartnershipEvent {

    public RepresentativeReplaced {
        roles = Set.copyOf(roles);
    }
}
