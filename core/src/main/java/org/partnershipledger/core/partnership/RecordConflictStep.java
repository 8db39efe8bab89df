package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.Values;
import org.partnershipledger.core.conflict.ConflictId;

/** The partners held a dialogue about a conflict. */
public record RecordConflictStep(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        ConflictId conflictId,
        String note,
        LocalDate occurredOn) {

    public RecordConflictStep {
        Values.requirePresent(partnershipId, "partnershipId");
        Values.requirePresent(conflictId, "conflictId");
        note = Values.requireText(note, "note");
        Values.requirePresent(occurredOn, "occurredOn");
    }
}
