package org.partnershipledger.core.programme;

import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.RuleViolation;

/** Each pair is a partnership of its own; two pairs sharing one would mix two pairs' histories. */
public class PartnershipAlreadyAPairException extends RuleViolation {

    private final ProgrammeId programmeId;
    private final PartnershipId pairPartnership;

    public PartnershipAlreadyAPairException(ProgrammeId programmeId, PartnershipId pairPartnership) {
        super(
                "partnership-already-a-pair",
                Kind.CONFLICTING_STATE,
                "Partnership " + pairPartnership + " is already the partnership of another pair in this programme.");
        this.programmeId = programmeId;
        this.pairPartnership = pairPartnership;
    }

    public ProgrammeId programmeId() {
        return programmeId;
    }

    public PartnershipId pairPartnership() {
        return pairPartnership;
    }
}
