package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.Values;
import org.partnershipledger.core.conflict.ConflictId;
import org.partnershipledger.core.conflict.ConflictOpening;

/** A partner raises a conflict with one or more other partners. */
public record RaiseConflict(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        ConflictId conflictId,
        ConflictOpening opening,
        LocalDate occurredOn) {

    public RaiseConflict {
        Values.requirePresent(partnershipId, "partnershipId");
        Values.requirePresent(conflictId, "conflictId");
        Values.requirePresent(opening, "opening");
        Values.requirePresent(occurredOn, "occurredOn");
    }
}
