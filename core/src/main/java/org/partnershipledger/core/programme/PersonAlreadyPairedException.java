package org.partnershipledger.core.programme;

import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.RuleViolation;

/** Each person in a programme is one half of exactly one pair. */
public class PersonAlreadyPairedException extends RuleViolation {

    private final ProgrammeId programmeId;
    private final PersonId person;
    private final PairId pairId;

    public PersonAlreadyPairedException(ProgrammeId programmeId, PersonId person, PairId pairId) {
        super(
                "person-already-paired",
                Kind.CONFLICTING_STATE,
                "Person " + person + " is already in pair " + pairId
                        + " of this programme; a person takes part in one pair only.");
        this.programmeId = programmeId;
        this.person = person;
        this.pairId = pairId;
    }

    public ProgrammeId programmeId() {
        return programmeId;
    }

    public PersonId person() {
        return person;
    }

    public PairId pairId() {
        return pairId;
    }
}
