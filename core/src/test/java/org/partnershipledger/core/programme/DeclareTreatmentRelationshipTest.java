package org.partnershipledger.core.programme;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipledger.core.programme.People.EXPERT_ANNE;
import static org.partnershipledger.core.programme.People.NURSE_EVA;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.InvalidValueException;

class DeclareTreatmentRelationshipTest {

    private static final ProgrammeId ID = ProgrammeId.generate();
    private static final LocalDate DECLARED_ON = LocalDate.of(2024, 3, 4);

    @Test
    void aPersonCannotDeclareATreatmentRelationshipWithThemselves() {
        assertThatThrownBy(() -> new DeclareTreatmentRelationship(ID, EXPERT_ANNE, EXPERT_ANNE, DECLARED_ON))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "closeTo");
    }

    @Test
    void aDeclarationWithoutTheOtherPersonIsRejected() {
        assertThatThrownBy(() -> new DeclareTreatmentRelationship(ID, EXPERT_ANNE, null, DECLARED_ON))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "closeTo");
    }

    @Test
    void aDeclarationWithoutADomainDateIsRejected() {
        assertThatThrownBy(() -> new DeclareTreatmentRelationship(ID, EXPERT_ANNE, NURSE_EVA, null))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "occurredOn");
    }
}
