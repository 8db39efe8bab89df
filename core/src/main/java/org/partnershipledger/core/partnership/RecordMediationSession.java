package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.Values;
import org.partnershipledger.core.conflict.ConflictId;

/** The mediator held a session on an escalated conflict. */
public record RecordMediationSession(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        ConflictId conflictId,
        String note,
        LocalDate occurredOn) {

    public RecordMediationSession {
        Values.requirePresent(partnershipId, "partnershipId");
        Values.requirePresent(conflictId, "conflictId");
        note = Values.requireText(note, "note");
        Values.requirePresent(occurredOn, "occurredOn");
    }
}
