package org.partnershipledger.core.partnership;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.Values;
import org.partnershipledger.core.decision.ProposalId;
import org.partnershipledger.core.decision.StanceGiven;

/**
 * A partner that was absent answers a pending proposal in writing: in the ledger, or in a letter or an e-mail
 * that someone else records ({@code recordedOnBehalf}), dated on the document's date.
 */
public record RecordStance(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        ProposalId proposalId,
        StanceGiven stance,
        OutsideRecord recordedOnBehalf) {

    /** A representative answering in the ledger. */
    public RecordStance(PartnershipId partnershipId, ProposalId proposalId, StanceGiven stance) {
        this(partnershipId, proposalId, stance, null);
    }

    public RecordStance {
        Values.requirePresent(partnershipId, "partnershipId");
        Values.requirePresent(proposalId, "proposalId");
        Values.requirePresent(stance, "stance");
        if (recordedOnBehalf != null && !recordedOnBehalf.date().equals(stance.occurredOn())) {
            throw new InvalidValueException("document.date", "a stance in writing is dated on the document's date");
        }
    }
}
