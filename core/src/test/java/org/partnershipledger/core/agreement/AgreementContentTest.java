package org.partnershipledger.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipledger.core.agreement.AgreementDraft.ESBJERG_KOMMUNE;
import static org.partnershipledger.core.agreement.AgreementDraft.SIGNED_IN_ESBJERG;
import static org.partnershipledger.core.agreement.AgreementDraft.VINDROSEN;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.InvalidValueException;

class AgreementContentTest {

    private static final LocalDate MARCH_2003 = LocalDate.of(2003, 3, 1);

    @Test
    void textsAreRecordedWithoutSurroundingWhitespace() {
        assertThat(new ContentAndQuality("  A drop-in café \n", "\tTrained guides ").activity())
                .isEqualTo("A drop-in café");
    }

    @Test
    void aDraftMayLeaveATextEmpty() {
        ContentAndQuality draft = new ContentAndQuality(null, " ");

        assertThat(draft.activity()).isEmpty();
        assertThat(draft.qualityRequirements()).isEmpty();
    }

    @Test
    void aDraftMayLeaveAListOut() {
        Goals draft = new Goals(null, null);

        assertThat(draft.goals()).isEmpty();
        assertThat(draft.successCriteria()).isEmpty();
    }

    @Test
    void laterChangesToTheCallersListDoNotChangeTheContent() {
        List<String> criteria = new ArrayList<>(List.of("Participation"));
        Goals goals = new Goals(List.of("More participation"), criteria);

        criteria.clear();

        assertThat(goals.successCriteria()).containsExactly("Participation");
    }

    @Test
    void aBlankGoalIsRejectedNamingItsPosition() {
        assertThatThrownBy(() -> new Goals(List.of("More participation", "  "), List.of()))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "goals.goals[1]");
    }

    @Test
    void anEmptyEntryAmongThePhasesIsRejectedNamingItsPosition() {
        assertThatThrownBy(() -> new Plan(Arrays.asList(new Phase("Start-up", MARCH_2003, null), null)))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "plan.phases[1]");
    }

    @Test
    void aPhaseEndingBeforeItStartsIsRejectedNamingItsPosition() {
        List<Phase> phases = List.of(
                new Phase("Start-up", MARCH_2003, MARCH_2003.plusMonths(6)),
                new Phase("Seminar", MARCH_2003.plusMonths(6), MARCH_2003.plusMonths(5)));

        assertThatThrownBy(() -> new Plan(phases))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("plan.phases[1].endsOn: must not be before startsOn");
    }

    @Test
    void aPhaseWithoutANameIsRejected() {
        assertThatThrownBy(() -> new Plan(List.of(new Phase(" ", MARCH_2003, null))))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "plan.phases[0].name");
    }

    @Test
    void aPhaseWithoutAStartIsRejected() {
        assertThatThrownBy(() -> new Plan(List.of(new Phase("Start-up", null, MARCH_2003))))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "plan.phases[0].startsOn");
    }

    @Test
    void aPhaseMayBeOpenEndedOrLastASingleDay() {
        Plan plan = new Plan(
                List.of(new Phase("Seminar", MARCH_2003, MARCH_2003), new Phase("Anchoring", MARCH_2003, null)));

        assertThat(plan.phases()).extracting(Phase::name).containsExactly("Seminar", "Anchoring");
    }

    @Test
    void aTermEndingBeforeItStartsIsRejected() {
        assertThatThrownBy(() -> new Term(SIGNED_IN_ESBJERG, SIGNED_IN_ESBJERG.minusDays(1)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("term.endsOn: must not be before startsOn");
    }

    @Test
    void aTermWithoutAStartIsRejected() {
        assertThatThrownBy(() -> new Term(null, SIGNED_IN_ESBJERG))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "term.startsOn");
    }

    @Test
    void aRevisionDateBeforeTheTermStartsIsRejected() {
        AgreementDraft draft = new AgreementDraft().revisionDate(SIGNED_IN_ESBJERG.minusDays(1));

        assertThatThrownBy(draft::content)
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("revisionDate: must not be before term.startsOn");
    }

    @Test
    void anAgreementMayHaveNoRevisionDate() {
        assertThat(new AgreementDraft().revisionDate(null).content().revisionDate())
                .isNull();
    }

    @Test
    void aNegativeNoticePeriodIsRejected() {
        assertThatThrownBy(() -> new ChangesAndExit("", "", Period.ofMonths(-3)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("changes.noticePeriod: must not be negative");
    }

    @Test
    void aNoticePeriodWithANegativePartIsRejected() {
        assertThatThrownBy(() -> new ChangesAndExit("", "", Period.of(0, 3, -1)))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "changes.noticePeriod");
    }

    @Test
    void aMissingNoticePeriodIsRejected() {
        assertThatThrownBy(() -> new ChangesAndExit("", "Decided by the steering group", null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("changes.noticePeriod: is required");
    }

    @Test
    void aPartnerMayLeaveWithoutNotice() {
        assertThat(new ChangesAndExit("", "", Period.ZERO).noticePeriod()).isEqualTo(Period.ZERO);
    }

    @Test
    void aMissingSectionIsRejected() {
        assertThatThrownBy(() -> new AgreementDraft().plan(null).content())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("plan: is required");
    }

    @Test
    void strengthsWithoutAPartnerAreRejectedNamingTheirPosition() {
        List<PartnerStrengths> strengths =
                List.of(new PartnerStrengths(VINDROSEN, "Volunteers"), new PartnerStrengths(null, "Social work"));

        assertThatThrownBy(() -> new Background("", strengths))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("background.strengths[1].partnerId: is required");
    }

    @Test
    void aPartnerWhoseStrengthsAreListedTwiceIsRejected() {
        List<PartnerStrengths> strengths =
                List.of(new PartnerStrengths(VINDROSEN, "Volunteers"), new PartnerStrengths(VINDROSEN, "A café"));

        assertThatThrownBy(() -> new Background("", strengths))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "background.strengths[1].partnerId")
                .hasMessageContaining("p-vindrosen");
    }

    @Test
    void aResponsibilityWithoutTextIsRejectedNamingItsPosition() {
        List<Responsibility> responsibilities =
                List.of(new Responsibility(VINDROSEN, "Trains the guides"), Responsibility.shared(""));

        assertThatThrownBy(() -> organisationWith(responsibilities))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "organisation.responsibilities[1].text");
    }

    @Test
    void aResponsibilityOfNoOnePartnerIsShared() {
        assertThat(Responsibility.shared("The evaluation").partnerId()).isNull();
    }

    @Test
    void aMediatorWithoutANameIsRejected() {
        assertThatThrownBy(() -> new Mediator(" ", "Center for Konfliktløsning"))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "mediator.name");
    }

    @Test
    void aMediatorNeedNotNameAnOrganisation() {
        assertThat(new Mediator("Centre for Conflict Resolution", null).organisation())
                .isEmpty();
    }

    @Test
    void anAgreementNeedNotNameAMediator() {
        assertThat(new DialogueAndConflictHandling("We talk first", null).mediator())
                .isNull();
    }

    @Test
    void aBlankNameAmongTheOrganisationsThatMayAccedeIsRejected() {
        assertThatThrownBy(() -> new AgreementDraft()
                        .accession(List.of("Esbjerg Police", ""))
                        .content())
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "accession[1]");
    }

    @Test
    void thePartnersNamedAreThoseWithStrengthsOrResponsibilities() {
        assertThat(AgreementDraft.greenlandersInEsbjerg().partnersNamed()).containsExactly(VINDROSEN, ESBJERG_KOMMUNE);
    }

    private static Organisation organisationWith(List<Responsibility> responsibilities) {
        return new Organisation("", responsibilities, new Governance("", ""), new Information("", ""));
    }
}
