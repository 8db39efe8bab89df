package org.partnershipledger.core.decision;

import java.time.LocalDate;
import org.partnershipledger.core.RuleViolation;

/** History is often entered afterwards; a date before the proposal existed would garble its timeline. */
public final class PredatesProposalException extends RuleViolation {

    private final ProposalId proposalId;
    private final LocalDate date;
    private final LocalDate proposedOn;

    public PredatesProposalException(ProposalId proposalId, LocalDate date, LocalDate proposedOn) {
        super(
                "predates-proposal",
                Kind.CONFLICTING_STATE,
                "Nothing can be recorded on proposal " + proposalId + " as of " + date + ": it was put only on "
                        + proposedOn + ".");
        this.proposalId = proposalId;
        this.date = date;
        this.proposedOn = proposedOn;
    }

    public ProposalId proposalId() {
        return proposalId;
    }

    public LocalDate date() {
        return date;
    }

    public LocalDate proposedOn() {
        return proposedOn;
    }
}
