package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.Values;

/** A partner gives notice that it leaves the partnership, and why. */
public record WithdrawPartner(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        PartnerId partner,
        String reason,
        LocalDate occurredOn) {

    public WithdrawPartner {
        Values.requirePresent(partnershipId, "partnershipId");
        Values.requirePresent(partner, "partner");
        reason = Values.requireText(reason, "reason");
        Values.requirePresent(occurredOn, "occurredOn");
    }
}
