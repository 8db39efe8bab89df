package org.partnershipledger.core.decision;

import java.util.Locale;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.RuleViolation;

/** Each partner has one voice, so a second representative cannot add or change its stance. */
public final class StanceAlreadyGivenException extends RuleViolation {

    private final ProposalId proposalId;
    private final PartnerId partner;
    private final Stance recorded;

    public StanceAlreadyGivenException(ProposalId proposalId, PartnerId partner, Stance recorded) {
        super(
                "stance-already-given",
                Kind.CONFLICTING_STATE,
                "Partner " + partner + " has already answered proposal " + proposalId + " with '"
                        + recorded.name().toLowerCase(Locale.ROOT)
                        + "'; a partner gives one stance per proposal, however many of its representatives"
                        + " are present.");
        this.proposalId = proposalId;
        this.partner = partner;
        this.recorded = recorded;
    }

    public ProposalId proposalId() {
        return proposalId;
    }

    public PartnerId partner() {
        return partner;
    }

    public Stance recorded() {
        return recorded;
    }
}
