package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.Values;

/** A person stops representing their partner (job change, leave, illness). */
public record RemoveRepresentative(
        @TargetAggregateIdentifier PartnershipId partnershipId, PersonId person, String reason, LocalDate occurredOn) {

    public RemoveRepresentative {
        Values.requirePresent(partnershipId, "partnershipId");
        Values.requirePresent(person, "person");
        reason = Values.requireText(reason, "reason");
        Values.requirePresent(occurredOn, "occurredOn");
    }
}
