package org.partnershipledger.core.programme;

import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.RuleViolation;

/** The facilitator stays independent of the pairs: the one they turn to on difficulty, never a partner. */
public class FacilitatorInPairException extends RuleViolation {

    private final ProgrammeId programmeId;
    private final PersonId facilitator;

    public FacilitatorInPairException(ProgrammeId programmeId, PersonId facilitator) {
        super(
                "facilitator-in-pair",
                Kind.CONFLICTING_STATE,
                "Person " + facilitator + " facilitates this programme and so cannot be one of a pair in it.");
        this.programmeId = programmeId;
        this.facilitator = facilitator;
    }

    public ProgrammeId programmeId() {
        return programmeId;
    }

    public PersonId facilitator() {
        return facilitator;
    }
}
