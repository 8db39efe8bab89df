package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.Values;

/** A facilitator notes the phase they see the group in, beside the phase a model derives. */
public record RecordPhaseObservation(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        PersonId observer,
        ObservedPhase phase,
        String note,
        LocalDate occurredOn) {

    public RecordPhaseObservation {
        Values.requirePresent(partnershipId, "partnershipId");
        Values.requirePresent(observer, "observer");
        Values.requirePresent(phase, "phase");
        note = note == null ? "" : note.strip();
        Values.requirePresent(occurredOn, "occurredOn");
    }
}
