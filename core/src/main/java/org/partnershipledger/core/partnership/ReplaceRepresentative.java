package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.Values;

/** Another person takes over all roles of a representative, for the same partner. */
public record ReplaceRepresentative(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        PersonId outgoing,
        PersonId incoming,
        LocalDate occurredOn) {

    public ReplaceRepresentative {
        Values.requirePresent(partnershipId, "partnershipId");
        Values.requirePresent(outgoing, "outgoing");
        Values.requirePresent(incoming, "incoming");
        Values.requirePresent(occurredOn, "occurredOn");
        if (outgoing.equals(incoming)) {
            throw new org.partnershipledger.core.InvalidValueException(
                    "incoming", "must be another person than outgoing");
        }
    }
}
