package org.partnershipledger.core.decision;

import java.util.Locale;
import org.partnershipledger.core.RuleViolation;

/** A settled proposal is history: neither a late stance nor a retraction can change its outcome. */
public final class ProposalSettledException extends RuleViolation {

    private final ProposalId proposalId;
    private final Outcome outcome;

    private ProposalSettledException(ProposalId proposalId, Outcome outcome, String consequence) {
        super(
                "proposal-settled",
                Kind.CONFLICTING_STATE,
                "Proposal " + proposalId + " is already " + readable(outcome) + "; " + consequence);
        this.proposalId = proposalId;
        this.outcome = outcome;
    }

    static ProposalSettledException forStance(ProposalId proposalId, Outcome outcome) {
        return new ProposalSettledException(proposalId, outcome, "a settled proposal takes no more stances.");
    }

    static ProposalSettledException forRetraction(ProposalId proposalId, Outcome outcome) {
        return new ProposalSettledException(proposalId, outcome, "only a pending proposal can be retracted.");
    }

    static String readable(Outcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public ProposalId proposalId() {
        return proposalId;
    }

    public Outcome outcome() {
        return outcome;
    }
}
