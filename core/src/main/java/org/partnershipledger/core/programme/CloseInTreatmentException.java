package org.partnershipledger.core.programme;

import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.RuleViolation;

/**
 * The matching rule of equal partnerships: people close to each other in a course of treatment are not
 * paired, because the pair is meant to meet as equals, not as patient and practitioner.
 */
public class CloseInTreatmentException extends RuleViolation {

    private final ProgrammeId programmeId;
    private final PersonId experienceExpert;
    private final PersonId strategicLeader;

    public CloseInTreatmentException(ProgrammeId programmeId, PersonId experienceExpert, PersonId strategicLeader) {
        super(
                "close-in-treatment",
                Kind.CONFLICTING_STATE,
                "Persons " + experienceExpert + " and " + strategicLeader
                        + " have declared that they are close to each other in a course of treatment,"
                        + " so they cannot be paired.");
        this.programmeId = programmeId;
        this.experienceExpert = experienceExpert;
        this.strategicLeader = strategicLeader;
    }

    public ProgrammeId programmeId() {
        return programmeId;
    }

    public PersonId experienceExpert() {
        return experienceExpert;
    }

    public PersonId strategicLeader() {
        return strategicLeader;
    }
}
