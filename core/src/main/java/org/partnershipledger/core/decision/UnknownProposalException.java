package org.partnershipledger.core.decision;

import org.partnershipledger.core.RuleViolation;

public final class UnknownProposalException extends RuleViolation {

    private final ProposalId proposalId;

    public UnknownProposalException(ProposalId proposalId) {
        super("proposal-unknown", Kind.UNKNOWN, "No proposal " + proposalId + " has been put in this partnership.");
        this.proposalId = proposalId;
    }

    public ProposalId proposalId() {
        return proposalId;
    }
}
