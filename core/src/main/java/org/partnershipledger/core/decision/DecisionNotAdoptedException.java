package org.partnershipledger.core.decision;

import org.partnershipledger.core.RuleViolation;

/** What needs a decision in agreement (admitting a partner, closing early) needs an adopted one. */
public final class DecisionNotAdoptedException extends RuleViolation {

    private final ProposalId proposalId;
    private final Outcome outcome;

    public DecisionNotAdoptedException(ProposalId proposalId, Outcome outcome) {
        super(
                "decision-not-adopted",
                Kind.CONFLICTING_STATE,
                "Proposal " + proposalId + " is " + ProposalSettledException.readable(outcome)
                        + "; this needs a decision the partners adopted in agreement.");
        this.proposalId = proposalId;
        this.outcome = outcome;
    }

    public ProposalId proposalId() {
        return proposalId;
    }

    public Outcome outcome() {
        return outcome;
    }
}
