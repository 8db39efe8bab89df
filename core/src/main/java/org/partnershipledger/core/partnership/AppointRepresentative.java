package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.Values;

/** A person starts to represent a partner, in a role. */
public record AppointRepresentative(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        PersonId person,
        PartnerId partner,
        Role role,
        LocalDate occurredOn) {

    public AppointRepresentative {
        Values.requirePresent(partnershipId, "partnershipId");
        Values.requirePresent(person, "person");
        Values.requirePresent(partner, "partner");
        Values.requirePresent(role, "role");
        Values.requirePresent(occurredOn, "occurredOn");
    }
}
