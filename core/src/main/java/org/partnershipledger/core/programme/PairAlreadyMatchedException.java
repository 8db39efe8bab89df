package org.partnershipledger.core.programme;

import org.partnershipledger.core.RuleViolation;

/** A pair is matched once; matching its id again would give one pair two sets of persons. */
public class PairAlreadyMatchedException extends RuleViolation {

    private final ProgrammeId programmeId;
    private final PairId pairId;

    public PairAlreadyMatchedException(ProgrammeId programmeId, PairId pairId) {
        super(
                "pair-already-matched",
                Kind.CONFLICTING_STATE,
                "Pair " + pairId + " is already matched in this programme; a new pair needs a new id.");
        this.programmeId = programmeId;
        this.pairId = pairId;
    }

    public ProgrammeId programmeId() {
        return programmeId;
    }

    public PairId pairId() {
        return pairId;
    }
}
