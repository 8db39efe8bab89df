package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.Values;
import org.partnershipledger.core.decision.ProposalId;

/** The partnership ends: its term has run out, or the partners decided so in agreement. */
public record ClosePartnership(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        ClosingReason reason,
        ProposalId proposalId,
        LocalDate occurredOn) {

    public enum ClosingReason {
        TERM_ENDED,
        DECIDED
    }

    public ClosePartnership {
        Values.requirePresent(partnershipId, "partnershipId");
        Values.requirePresent(reason, "reason");
        if (reason == ClosingReason.DECIDED && proposalId == null) {
            throw new InvalidValueException("proposalId", "closing by decision names the adopted proposal");
        }
        Values.requirePresent(occurredOn, "occurredOn");
    }
}
