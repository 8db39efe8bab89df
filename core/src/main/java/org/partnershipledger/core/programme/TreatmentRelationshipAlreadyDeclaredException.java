package org.partnershipledger.core.programme;

import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.RuleViolation;

/** A treatment relationship holds both ways, so it is declared once, by either of the two. */
public class TreatmentRelationshipAlreadyDeclaredException extends RuleViolation {

    private final ProgrammeId programmeId;
    private final PersonId person;
    private final PersonId closeTo;

    public TreatmentRelationshipAlreadyDeclaredException(ProgrammeId programmeId, PersonId person, PersonId closeTo) {
        super(
                "treatment-relationship-already-declared",
                Kind.CONFLICTING_STATE,
                "A treatment relationship between persons " + person + " and " + closeTo
                        + " is already declared in this programme.");
        this.programmeId = programmeId;
        this.person = person;
        this.closeTo = closeTo;
    }

    public ProgrammeId programmeId() {
        return programmeId;
    }

    public PersonId person() {
        return person;
    }

    public PersonId closeTo() {
        return closeTo;
    }
}
