package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.Values;
import org.partnershipledger.core.conflict.ConflictId;
import org.partnershipledger.core.conflict.MediatorRef;

/** The partners cannot solve a conflict themselves: it goes to the mediator named in the agreement, or to one appointed now. */
public record EscalateConflict(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        ConflictId conflictId,
        MediatorRef appointedMediator,
        LocalDate occurredOn) {

    public EscalateConflict {
        Values.requirePresent(partnershipId, "partnershipId");
        Values.requirePresent(conflictId, "conflictId");
        Values.requirePresent(occurredOn, "occurredOn");
    }
}
