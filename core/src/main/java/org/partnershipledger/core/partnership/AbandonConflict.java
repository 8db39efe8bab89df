package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.Values;
import org.partnershipledger.core.conflict.ConflictId;

/** A conflict is left without a resolution, and why. */
public record AbandonConflict(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        ConflictId conflictId,
        String reason,
        LocalDate occurredOn) {

    public AbandonConflict {
        Values.requirePresent(partnershipId, "partnershipId");
        Values.requirePresent(conflictId, "conflictId");
        reason = Values.requireText(reason, "reason");
        Values.requirePresent(occurredOn, "occurredOn");
    }
}
