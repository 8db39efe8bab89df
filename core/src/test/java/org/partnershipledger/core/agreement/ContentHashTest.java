package org.partnershipledger.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Named.named;
import static org.partnershipledger.core.agreement.AgreementDraft.ESBJERG_KOMMUNE;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.PartnerId;

class ContentHashTest {

    private static final AgreementContent ESBJERG = AgreementDraft.greenlandersInEsbjerg();

    @Test
    void theSameContentHasTheSameHash() {
        assertThat(ContentHash.of(AgreementDraft.greenlandersInEsbjerg()))
                .isEqualTo(ContentHash.of(AgreementDraft.greenlandersInEsbjerg()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleChanges")
    void anyChangeToTheTextChangesTheHash(UnaryOperator<AgreementDraft> change) {
        AgreementContent changed = change.apply(new AgreementDraft()).content();

        assertThat(ContentHash.of(changed)).isNotEqualTo(ContentHash.of(ESBJERG));
    }

    static Stream<Arguments> singleChanges() {
        Organisation organisation = ESBJERG.organisation();
        ChangesAndExit changes = ESBJERG.changes();
        EvaluationAndAnchoring evaluation = ESBJERG.evaluation();
        Phase second = ESBJERG.plan().phases().get(1);
        return Stream.of(
                change(
                        "the problem",
                        draft -> draft.background(new Background(
                                "Another problem.", ESBJERG.background().strengths()))),
                change(
                        "one success criterion",
                        draft -> draft.goals(new Goals(ESBJERG.goals().goals(), List.of("Participation")))),
                change(
                        "the end of the second phase",
                        draft -> draft.plan(new Plan(replaced(
                                ESBJERG.plan().phases(),
                                1,
                                new Phase(
                                        second.name(),
                                        second.startsOn(),
                                        second.endsOn().plusDays(1)))))),
                change(
                        "the notice period",
                        draft -> draft.changes(
                                new ChangesAndExit(changes.amendment(), changes.withdrawal(), Period.ofMonths(2)))),
                change(
                        "who carries a responsibility",
                        draft -> draft.organisation(new Organisation(
                                organisation.rightsAndDuties(),
                                replaced(
                                        organisation.responsibilities(),
                                        0,
                                        new Responsibility(
                                                ESBJERG_KOMMUNE,
                                                organisation
                                                        .responsibilities()
                                                        .get(0)
                                                        .text())),
                                organisation.governance(),
                                organisation.information()))),
                change(
                        "no mediator named",
                        draft -> draft.dialogue(new DialogueAndConflictHandling(
                                ESBJERG.dialogue().rules(), null))),
                change(
                        "money exchanged",
                        draft -> draft.budget(new Budget(ESBJERG.budget().financing(), true))),
                change("no revision date", draft -> draft.revisionDate(null)),
                change(
                        "an open-ended term",
                        draft -> draft.term(new Term(ESBJERG.term().startsOn(), null))),
                change(
                        "the order of the measurement points",
                        draft -> draft.evaluation(new EvaluationAndAnchoring(
                                evaluation.method(),
                                List.of("Referrals", "Participation", "Volunteers trained"),
                                evaluation.anchoring()))),
                change(
                        "one more organisation that may accede",
                        draft -> draft.accession(List.of("Esbjerg Police", "Esbjerg Library"))),
                change("a text moved from one section to another", draft -> draft.riskAssessment("")
                        .contentAndQuality(new ContentAndQuality(
                                ESBJERG.contentAndQuality().activity(),
                                ESBJERG.contentAndQuality().qualityRequirements() + " " + ESBJERG.riskAssessment()))));
    }

    private static <T> List<T> replaced(List<T> entries, int index, T entry) {
        List<T> copy = new ArrayList<>(entries);
        copy.set(index, entry);
        return copy;
    }

    private static Arguments change(String what, UnaryOperator<AgreementDraft> change) {
        return Arguments.of(named(what, change));
    }

    @Test
    void composedAndDecomposedSpellingsOfTheSameWordsHaveTheSameHash() {
        String composed = Normalizer.normalize("Mødrehjælpen på Frederiksberg", Normalizer.Form.NFC);
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);

        assertThat(ContentHash.of(
                        new AgreementDraft().riskAssessment(decomposed).content()))
                .isEqualTo(ContentHash.of(
                        new AgreementDraft().riskAssessment(composed).content()));
    }

    @Test
    void windowsAndUnixLineEndingsHaveTheSameHash() {
        assertThat(ContentHash.of(new AgreementDraft()
                        .riskAssessment("Key persons leave.\r\nActivities stall.")
                        .content()))
                .isEqualTo(ContentHash.of(new AgreementDraft()
                        .riskAssessment("Key persons leave.\nActivities stall.")
                        .content()));
    }

    @Test
    void theCanonicalFormWritesEveryValueInItsFixedOrder() {
        assertThat(CanonicalForm.of(smallAgreement()))
                .isEqualTo(
                        """
                partnership-ledger/agreement/1
                background.problem="Vold mod kvinder"
                background.strengths=1
                background.strengths[0].partnerId="p-1"
                background.strengths[0].strengths="Rådgivning\\nog \\"krisecentre\\""
                goals.goals=0
                goals.successCriteria=0
                contentAndQuality.activity=""
                contentAndQuality.qualityRequirements=""
                organisation.rightsAndDuties=""
                organisation.responsibilities=1
                organisation.responsibilities[0].partnerId=null
                organisation.responsibilities[0].text="Evaluering"
                organisation.governance.steeringGroupCadence="4 times a year"
                organisation.governance.workingGroupCadence=""
                organisation.information.internal=""
                organisation.information.external=""
                dialogue.rules=""
                dialogue.mediator=null
                plan.phases=1
                plan.phases[0].name="Start"
                plan.phases[0].startsOn=2003-12-01
                plan.phases[0].endsOn=null
                budget.financing=""
                budget.moneyExchanged=false
                changes.amendment=""
                changes.withdrawal=""
                changes.noticePeriod=P0D
                riskAssessment=""
                evaluation.method=""
                evaluation.measurementPoints=0
                evaluation.anchoring=""
                term.startsOn=2003-12-01
                term.endsOn=2004-12-31
                revisionDate=null
                accession=1
                accession[0]="Aarhus Kommune"
                """);
    }

    @Test
    void theHashOfAFixedAgreementNeverChanges() {
        // If this fails, the canonical form changed and every signed version's hash with it: use a new format tag.
        assertThat(ContentHash.of(smallAgreement()).value())
                .isEqualTo("4e55b046bea241799901c2d4ed293f430ac559d075800c829f5e2a84c57d0809");
    }

    @Test
    void aHashIsItsSixtyFourLowercaseHexadecimalCharacters() {
        String value = "a".repeat(64);

        assertThat(new ContentHash(value)).hasToString(value);
    }

    @Test
    void aHashInCapitalsIsTheSameHash() {
        assertThat(new ContentHash(" " + "AB".repeat(32) + " ")).isEqualTo(new ContentHash("ab".repeat(32)));
    }

    @Test
    void aHashOfTheWrongLengthIsRejected() {
        assertThatThrownBy(() -> new ContentHash("ab".repeat(31)))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "contentHash");
    }

    @Test
    void aHashWithOtherThanHexadecimalCharactersIsRejected() {
        assertThatThrownBy(() -> new ContentHash("g".repeat(64)))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "contentHash");
    }

    @Test
    void aMissingHashIsRejected() {
        assertThatThrownBy(() -> new ContentHash(null))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "contentHash");
    }

    private static AgreementContent smallAgreement() {
        LocalDate signed = LocalDate.of(2003, 12, 1);
        return new AgreementContent(
                new Background(
                        "Vold mod kvinder",
                        List.of(new PartnerStrengths(new PartnerId("p-1"), "Rådgivning\r\nog \"krisecentre\""))),
                new Goals(null, null),
                new ContentAndQuality(null, null),
                new Organisation(
                        null,
                        List.of(Responsibility.shared("Evaluering")),
                        new Governance("4 times a year", null),
                        new Information(null, null)),
                new DialogueAndConflictHandling(null, null),
                new Plan(List.of(new Phase("Start", signed, null))),
                new Budget(null, false),
                new ChangesAndExit(null, null, Period.ZERO),
                null,
                new EvaluationAndAnchoring(null, null, null),
                new Term(signed, LocalDate.of(2004, 12, 31)),
                null,
                List.of("Aarhus Kommune"));
    }
}
