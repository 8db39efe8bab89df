package org.partnershipledger.core.decision;

import org.partnershipledger.core.RuleViolation;

public final class ProposalAlreadyRecordedException extends RuleViolation {

    private final ProposalId proposalId;

    public ProposalAlreadyRecordedException(ProposalId proposalId) {
        super(
                "proposal-already-recorded",
                Kind.CONFLICTING_STATE,
                "Proposal " + proposalId + " is already on record; a new proposal needs an id of its own.");
        this.proposalId = proposalId;
    }

    public ProposalId proposalId() {
        return proposalId;
    }
}
