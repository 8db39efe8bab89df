package org.partnershipledger.core.programme;

import java.util.HashSet;
import java.util.Set;
import org.partnershipledger.core.PersonId;

/** Who declared being close to whom in a course of treatment; a relationship holds both ways. */
final class TreatmentRelationships {

    private final Set<Set<PersonId>> declared = new HashSet<>();

    void requireNotYetDeclared(ProgrammeId programmeId, PersonId person, PersonId closeTo) {
        if (between(person, closeTo)) {
            throw new TreatmentRelationshipAlreadyDeclaredException(programmeId, person, closeTo);
        }
    }

    void requireNoneBetween(ProgrammeId programmeId, PersonId experienceExpert, PersonId strategicLeader) {
        if (between(experienceExpert, strategicLeader)) {
            throw new CloseInTreatmentException(programmeId, experienceExpert, strategicLeader);
        }
    }

    void on(TreatmentRelationshipDeclared event) {
        declared.add(Set.of(event.person(), event.closeTo()));
    }

    private boolean between(PersonId one, PersonId other) {
        return declared.contains(Set.of(one, other));
    }
}
