package org.partnershipledger.core.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipledger.core.conflict.ConflictCases.ESBJERG_KOMMUNE;
import static org.partnershipledger.core.conflict.ConflictCases.POLITI;
import static org.partnershipledger.core.conflict.ConflictCases.VINDROSEN;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.PartnerId;

class ConflictValuesTest {

    @Test
    void aConflictIdReadsAsItsBareValue() {
        assertThat(new ConflictId("c-1")).hasToString("c-1");
    }

    @Test
    void aBlankConflictIdIsRejected() {
        assertRejected(() -> new ConflictId(" "), "conflictId");
    }

    @Test
    void generatedConflictIdsDiffer() {
        assertThat(ConflictId.generate()).isNotEqualTo(ConflictId.generate());
    }

    @Test
    void aMediatorNeedsAName() {
        assertRejected(() -> new MediatorRef(" ", "Center for Konfliktløsning"), "mediator.name");
    }

    @Test
    void aMediatorActingOnTheirOwnHasAnEmptyOrganisation() {
        MediatorRef mediator = new MediatorRef("Ole Berg", null);

        assertThat(mediator.organisation()).isEmpty();
        assertThat(mediator).hasToString("Ole Berg");
    }

    @Test
    void aMediatorReadsAsTheirNameAndOrganisation() {
        assertThat(new MediatorRef(" Karen Holm ", " Center for Konfliktløsning "))
                .hasToString("Karen Holm (Center for Konfliktløsning)");
    }

    @Test
    void aConflictConcernsAtLeastOneOtherPartner() {
        assertRejected(() -> openingConcerning(List.of()), "concerning")
                .hasMessageContaining("at least one other partner");
    }

    @Test
    void aPartnerCannotRaiseAConflictConcerningItself() {
        assertRejected(() -> openingConcerning(List.of(ESBJERG_KOMMUNE, VINDROSEN)), "concerning")
                .hasMessageContaining("must not include the partner raising the conflict");
    }

    @Test
    void aConcernedPartnerListedTwiceIsRejected() {
        assertRejected(() -> openingConcerning(List.of(ESBJERG_KOMMUNE, POLITI, ESBJERG_KOMMUNE)), "concerning")
                .hasMessageContaining("more than once");
    }

    @Test
    void anEmptyEntryAmongTheConcernedPartnersIsRejected() {
        assertRejected(() -> openingConcerning(Arrays.asList(ESBJERG_KOMMUNE, null)), "concerning");
    }

    @Test
    void aConflictWithoutARaiserIsRejected() {
        assertRejected(
                () -> new ConflictOpening(
                        null, List.of(ESBJERG_KOMMUNE), "Reading", "Text", ConflictCategory.AGREEMENT_READING),
                "raisedBy");
    }

    @Test
    void aConflictWithoutATopicIsRejected() {
        assertRejected(
                () -> new ConflictOpening(
                        VINDROSEN, List.of(ESBJERG_KOMMUNE), " ", "Text", ConflictCategory.AGREEMENT_READING),
                "topic");
    }

    @Test
    void aConflictWithoutADescriptionIsRejected() {
        assertRejected(
                () -> new ConflictOpening(
                        VINDROSEN, List.of(ESBJERG_KOMMUNE), "Reading", "", ConflictCategory.AGREEMENT_READING),
                "description");
    }

    @Test
    void aConflictWithoutACategoryIsRejected() {
        assertRejected(
                () -> new ConflictOpening(VINDROSEN, List.of(ESBJERG_KOMMUNE), "Reading", "Text", null), "category");
    }

    @Test
    void laterChangesToTheCallersListDoNotChangeTheOpening() {
        List<PartnerId> concerning = new ArrayList<>(List.of(ESBJERG_KOMMUNE));
        ConflictOpening opening = openingConcerning(concerning);

        concerning.add(POLITI);

        assertThat(opening.concerning()).containsExactly(ESBJERG_KOMMUNE);
    }

    @Test
    void onlyRaisedAndEscalatedConflictsAreOpen() {
        assertThat(ConflictState.values())
                .filteredOn(ConflictState::isOpen)
                .containsExactly(ConflictState.RAISED, ConflictState.ESCALATED);
    }

    private static ConflictOpening openingConcerning(List<PartnerId> concerning) {
        return new ConflictOpening(
                VINDROSEN,
                concerning,
                "What 'shared responsibility' means",
                "The partners read the section on shared responsibility differently.",
                ConflictCategory.AGREEMENT_READING);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertRejected(
            ThrowingCallable construction, String field) {
        return assertThatThrownBy(construction)
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", field);
    }
}
