package org.partnershipledger.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipledger.core.decision.Parties.AARHUS_INSPECTOR;
import static org.partnershipledger.core.decision.Parties.AARHUS_POLITI;
import static org.partnershipledger.core.decision.Parties.INSPECTOR;
import static org.partnershipledger.core.decision.Parties.KOMMUNE;
import static org.partnershipledger.core.decision.Parties.MANAGER;
import static org.partnershipledger.core.decision.Parties.MEETING_DAY;
import static org.partnershipledger.core.decision.Parties.MODREHJAELPEN;
import static org.partnershipledger.core.decision.Parties.POLITI;
import static org.partnershipledger.core.decision.Parties.SECRETARY;
import static org.partnershipledger.core.decision.Parties.SOCIAL_WORKER;
import static org.partnershipledger.core.decision.Parties.THREE;
import static org.partnershipledger.core.decision.Parties.abstention;
import static org.partnershipledger.core.decision.Parties.consent;
import static org.partnershipledger.core.decision.Parties.objection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.RuleViolation;

class DecisionsTest {

    private static final MeetingId STEERING = new MeetingId("steering-2004-03");
    private static final ProposalId MEDIATOR = new ProposalId("name-a-mediator");
    private static final Proposal NAME_A_MEDIATOR =
            new Proposal(MEDIATOR, "Name the volunteer centre as mediator", MODREHJAELPEN, null);
    private static final LocalDate LATER = MEETING_DAY.plusWeeks(2);
    private static final Set<PartnerId> WITHOUT_POLITI = Set.of(MODREHJAELPEN, KOMMUNE);

    private final Decisions decisions = new Decisions();

    @Test
    void aProposalPutToAMeetingIsPendingWithoutStances() {
        decisions.onProposed(NAME_A_MEDIATOR, STEERING, MEETING_DAY);

        assertThat(decisions.decision(MEDIATOR))
                .contains(new Decision(NAME_A_MEDIATOR, STEERING, MEETING_DAY, List.of(), Outcome.PENDING, null));
    }

    @Test
    void aProposalPutInWritingHasNoMeeting() {
        decisions.onProposed(NAME_A_MEDIATOR, null, MEETING_DAY);

        assertThat(decisions.decision(MEDIATOR).orElseThrow().meeting()).isNull();
    }

    @Test
    void anUnknownProposalHasNoDecision() {
        assertThat(decisions.decision(MEDIATOR)).isEmpty();
    }

    @Test
    void aProposalWithANewIdMayBePut() {
        assertThatCode(() -> decisions.requireNewProposal(MEDIATOR)).doesNotThrowAnyException();
    }

    @Test
    void aProposalIdAlreadyOnRecordIsRejected() {
        decisions.onProposed(NAME_A_MEDIATOR, STEERING, MEETING_DAY);

        assertThatThrownBy(() -> decisions.requireNewProposal(MEDIATOR))
                .isInstanceOf(ProposalAlreadyRecordedException.class)
                .hasFieldOrPropertyWithValue("rule", "proposal-already-recorded")
                .hasFieldOrPropertyWithValue("kind", RuleViolation.Kind.CONFLICTING_STATE)
                .hasFieldOrPropertyWithValue("proposalId", MEDIATOR);
    }

    @Test
    void stancesAreRecordedInTheOrderGiven() {
        decisions.onProposed(NAME_A_MEDIATOR, STEERING, MEETING_DAY);

        decisions.onStance(MEDIATOR, consent(KOMMUNE, MANAGER));
        decisions.onStance(MEDIATOR, abstention(MODREHJAELPEN, SECRETARY));

        assertThat(decisions.decision(MEDIATOR).orElseThrow().stances())
                .containsExactly(consent(KOMMUNE, MANAGER), abstention(MODREHJAELPEN, SECRETARY));
    }

    @Test
    void aStanceOfAPartnerThatHasNotAnsweredIsAccepted() {
        decisions.onProposed(NAME_A_MEDIATOR, STEERING, MEETING_DAY);
        decisions.onStance(MEDIATOR, consent(KOMMUNE, MANAGER));

        assertThatCode(() -> decisions.requireStanceAccepted(MEDIATOR, consent(MODREHJAELPEN, SECRETARY)))
                .doesNotThrowAnyException();
    }

    @Test
    void anAbsentPartnerMayAnswerInWritingLater() {
        decisions.onProposed(NAME_A_MEDIATOR, STEERING, MEETING_DAY);
        StanceGiven inWriting = new StanceGiven(POLITI, Stance.CONSENT, INSPECTOR, "By letter", LATER);

        assertThatCode(() -> decisions.requireStanceAccepted(MEDIATOR, inWriting))
                .doesNotThrowAnyException();
    }

    @Test
    void aStanceOnAnUnknownProposalIsRejectedAsUnknown() {
        assertThatThrownBy(() -> decisions.requireStanceAccepted(MEDIATOR, consent(KOMMUNE, MANAGER)))
                .isInstanceOf(UnknownProposalException.class)
                .hasFieldOrPropertyWithValue("rule", "proposal-unknown")
                .hasFieldOrPropertyWithValue("kind", RuleViolation.Kind.UNKNOWN)
                .hasFieldOrPropertyWithValue("proposalId", MEDIATOR);
    }

    @Test
    void aSecondStanceOfTheSameRepresentativeIsRejected() {
        decisions.onProposed(NAME_A_MEDIATOR, STEERING, MEETING_DAY);
        decisions.onStance(MEDIATOR, consent(KOMMUNE, MANAGER));

        assertThatThrownBy(() -> decisions.requireStanceAccepted(MEDIATOR, objection(KOMMUNE, MANAGER)))
                .isInstanceOf(StanceAlreadyGivenException.class)
                .hasFieldOrPropertyWithValue("rule", "stance-already-given")
                .hasFieldOrPropertyWithValue("kind", RuleViolation.Kind.CONFLICTING_STATE)
                .hasFieldOrPropertyWithValue("proposalId", MEDIATOR)
                .hasFieldOrPropertyWithValue("partner", KOMMUNE)
                .hasFieldOrPropertyWithValue("recorded", Stance.CONSENT);
    }

    @Test
    void aSecondStanceOfAPartnerByAnotherOfItsRepresentativesIsRejected() {
        decisions.onProposed(NAME_A_MEDIATOR, STEERING, MEETING_DAY);
        decisions.onStance(MEDIATOR, consent(KOMMUNE, MANAGER));

        assertThatThrownBy(() -> decisions.requireStanceAccepted(MEDIATOR, objection(KOMMUNE, SOCIAL_WORKER)))
                .isInstanceOf(StanceAlreadyGivenException.class)
                .hasMessageContaining("one stance per proposal");
    }

    @ParameterizedTest
    @EnumSource(
            value = Outcome.class,
            names = {"ADOPTED", "BLOCKED", "NOT_ADOPTED", "RETRACTED"})
    void aStanceOnASettledProposalIsRejected(Outcome settled) {
        decisions.onProposed(NAME_A_MEDIATOR, STEERING, MEETING_DAY);
        decisions.onOutcome(MEDIATOR, settled, MEETING_DAY);

        assertThatThrownBy(() -> decisions.requireStanceAccepted(MEDIATOR, consent(POLITI, INSPECTOR)))
                .isInstanceOf(ProposalSettledException.class)
                .hasFieldOrPropertyWithValue("rule", "proposal-settled")
                .hasFieldOrPropertyWithValue("kind", RuleViolation.Kind.CONFLICTING_STATE)
                .hasFieldOrPropertyWithValue("outcome", settled)
                .hasMessageContaining("takes no more stances");
    }

    @Test
    void aStanceDatedBeforeTheProposalWasPutIsRejected() {
        decisions.onProposed(NAME_A_MEDIATOR, STEERING, MEETING_DAY);
        StanceGiven backdated = new StanceGiven(POLITI, Stance.CONSENT, INSPECTOR, null, MEETING_DAY.minusDays(1));

        assertThatThrownBy(() -> decisions.requireStanceAccepted(MEDIATOR, backdated))
                .isInstanceOf(PredatesProposalException.class)
                .hasFieldOrPropertyWithValue("rule", "predates-proposal")
                .hasFieldOrPropertyWithValue("kind", RuleViolation.Kind.CONFLICTING_STATE)
                .hasFieldOrPropertyWithValue("date", MEETING_DAY.minusDays(1))
                .hasFieldOrPropertyWithValue("proposedOn", MEETING_DAY);
    }

    @Test
    void checkingAStanceRecordsNothing() {
        decisions.onProposed(NAME_A_MEDIATOR, STEERING, MEETING_DAY);

        decisions.requireStanceAccepted(MEDIATOR, consent(KOMMUNE, MANAGER));

        assertThat(decisions.decision(MEDIATOR).orElseThrow().stances()).isEmpty();
    }

    @Test
    void theLastMissingConsentAdoptsTheDecision() {
        decisions.onProposed(NAME_A_MEDIATOR, STEERING, MEETING_DAY);
        decisions.onStance(MEDIATOR, consent(MODREHJAELPEN, SECRETARY));
        decisions.onStance(MEDIATOR, abstention(KOMMUNE, MANAGER));

        assertThat(decisions.outcomeAfter(MEDIATOR, consent(POLITI, INSPECTOR), THREE))
                .isEqualTo(Outcome.ADOPTED);
    }

    @Test
    void anObjectionBlocksTheDecisionAtOnce() {
        decisions.onProposed(NAME_A_MEDIATOR, STEERING, MEETING_DAY);

        assertThat(decisions.outcomeAfter(MEDIATOR, objection(POLITI, INSPECTOR), THREE))
                .isEqualTo(Outcome.BLOCKED);
    }

    @Test
    void aStanceThatLeavesAPartnerUnansweredKeepsTheDecisionPending() {
        decisions.onProposed(NAME_A_MEDIATOR, STEERING, MEETING_DAY);

        assertThat(decisions.outcomeAfter(MEDIATOR, consent(POLITI, INSPECTOR), THREE))
                .isEqualTo(Outcome.PENDING);
    }

    @Test
    void foreseeingAnOutcomeRecordsNoStance() {
        decisions.onProposed(NAME_A_MEDIATOR, STEERING, MEETING_DAY);

        decisions.outcomeAfter(MEDIATOR, consent(POLITI, INSPECTOR), THREE);

        assertThat(decisions.decision(MEDIATOR).orElseThrow().stances()).isEmpty();
    }

    @Test
    void foreseeingTheOutcomeOfAnUnknownProposalIsRejectedAsUnknown() {
        assertThatThrownBy(() -> decisions.outcomeAfter(MEDIATOR, consent(POLITI, INSPECTOR), THREE))
                .isInstanceOf(UnknownProposalException.class);
    }

    @Test
    void anOutcomeIsRecordedWithTheDateItWasReached() {
        decisions.onProposed(NAME_A_MEDIATOR, STEERING, MEETING_DAY);

        decisions.onOutcome(MEDIATOR, Outcome.ADOPTED, LATER);

        Decision decision = decisions.decision(MEDIATOR).orElseThrow();
        assertThat(decision.outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(decision.reachedOn()).isEqualTo(LATER);
    }

    @Test
    void aPendingProposalMayBeWithdrawn() {
        decisions.onProposed(NAME_A_MEDIATOR, STEERING, MEETING_DAY);

        assertThatCode(() -> decisions.requireRetractable(MEDIATOR, LATER)).doesNotThrowAnyException();
    }

    @Test
    void aWithdrawnProposalIsRecordedWithTheDateOfWithdrawal() {
        decisions.onProposed(NAME_A_MEDIATOR, STEERING, MEETING_DAY);

        decisions.onRetracted(MEDIATOR, LATER);

        Decision decision = decisions.decision(MEDIATOR).orElseThrow();
        assertThat(decision.outcome()).isEqualTo(Outcome.RETRACTED);
        assertThat(decision.reachedOn()).isEqualTo(LATER);
    }

    @Test
    void withdrawingAnUnknownProposalIsRejectedAsUnknown() {
        assertThatThrownBy(() -> decisions.requireRetractable(MEDIATOR, LATER))
                .isInstanceOf(UnknownProposalException.class)
                .hasFieldOrPropertyWithValue("kind", RuleViolation.Kind.UNKNOWN);
    }

    @ParameterizedTest
    @EnumSource(
            value = Outcome.class,
            names = {"ADOPTED", "BLOCKED", "NOT_ADOPTED", "RETRACTED"})
    void withdrawingASettledProposalIsRejected(Outcome settled) {
        decisions.onProposed(NAME_A_MEDIATOR, STEERING, MEETING_DAY);
        decisions.onOutcome(MEDIATOR, settled, MEETING_DAY);

        assertThatThrownBy(() -> decisions.requireRetractable(MEDIATOR, LATER))
                .isInstanceOf(ProposalSettledException.class)
                .hasFieldOrPropertyWithValue("rule", "proposal-settled")
                .hasFieldOrPropertyWithValue("outcome", settled)
                .hasMessageContaining("only a pending proposal can be retracted");
    }

    @Test
    void withdrawingAProposalBeforeItWasPutIsRejected() {
        decisions.onProposed(NAME_A_MEDIATOR, STEERING, MEETING_DAY);

        assertThatThrownBy(() -> decisions.requireRetractable(MEDIATOR, MEETING_DAY.minusDays(1)))
                .isInstanceOf(PredatesProposalException.class)
                .hasFieldOrPropertyWithValue("rule", "predates-proposal");
    }

    @Test
    void anAdoptedDecisionGivesBackItsProposal() {
        decisions.onProposed(NAME_A_MEDIATOR, STEERING, MEETING_DAY);
        decisions.onOutcome(MEDIATOR, Outcome.ADOPTED, MEETING_DAY);

        assertThat(decisions.requireAdopted(MEDIATOR)).isEqualTo(NAME_A_MEDIATOR);
    }

    @Test
    void actingOnADecisionThatIsNotAdoptedIsRejected() {
        decisions.onProposed(NAME_A_MEDIATOR, STEERING, MEETING_DAY);

        assertThatThrownBy(() -> decisions.requireAdopted(MEDIATOR))
                .isInstanceOf(DecisionNotAdoptedException.class)
                .hasFieldOrPropertyWithValue("rule", "decision-not-adopted")
                .hasFieldOrPropertyWithValue("kind", RuleViolation.Kind.CONFLICTING_STATE)
                .hasFieldOrPropertyWithValue("outcome", Outcome.PENDING);
    }

    @Test
    void actingOnAnUnknownDecisionIsRejectedAsUnknown() {
        assertThatThrownBy(() -> decisions.requireAdopted(MEDIATOR)).isInstanceOf(UnknownProposalException.class);
    }

    @Test
    void theWithdrawalOfTheOnlyAbsentPartnerAdoptsAPendingDecision() {
        decisions.onProposed(NAME_A_MEDIATOR, STEERING, MEETING_DAY);
        decisions.onStance(MEDIATOR, consent(MODREHJAELPEN, SECRETARY));
        decisions.onStance(MEDIATOR, abstention(KOMMUNE, MANAGER));

        assertThat(decisions.recheck(WITHOUT_POLITI)).containsExactly(Map.entry(MEDIATOR, Outcome.ADOPTED));
    }

    @Test
    void theWithdrawalOfTheOnlyAbsentPartnerLeavesAnAbstainedDecisionNotAdopted() {
        decisions.onProposed(NAME_A_MEDIATOR, STEERING, MEETING_DAY);
        decisions.onStance(MEDIATOR, abstention(MODREHJAELPEN, SECRETARY));
        decisions.onStance(MEDIATOR, abstention(KOMMUNE, MANAGER));

        assertThat(decisions.recheck(WITHOUT_POLITI)).containsExactly(Map.entry(MEDIATOR, Outcome.NOT_ADOPTED));
    }

    @Test
    void aDecisionStillAwaitingACurrentPartnerIsNotListedByTheRecheck() {
        decisions.onProposed(NAME_A_MEDIATOR, STEERING, MEETING_DAY);
        decisions.onStance(MEDIATOR, consent(MODREHJAELPEN, SECRETARY));

        assertThat(decisions.recheck(WITHOUT_POLITI)).isEmpty();
    }

    @Test
    void theConsentOfAPartnerThatLeftNoLongerCountsInTheRecheck() {
        decisions.onProposed(NAME_A_MEDIATOR, STEERING, MEETING_DAY);
        decisions.onStance(MEDIATOR, consent(POLITI, INSPECTOR));
        decisions.onStance(MEDIATOR, abstention(MODREHJAELPEN, SECRETARY));

        assertThat(decisions.recheck(WITHOUT_POLITI)).isEmpty();
    }

    @Test
    void anAdmissionSettlesNoPendingDecision() {
        decisions.onProposed(NAME_A_MEDIATOR, STEERING, MEETING_DAY);
        decisions.onStance(MEDIATOR, consent(MODREHJAELPEN, SECRETARY));
        decisions.onStance(MEDIATOR, consent(KOMMUNE, MANAGER));

        assertThat(decisions.recheck(Set.of(MODREHJAELPEN, KOMMUNE, POLITI, AARHUS_POLITI)))
                .isEmpty();
    }

    @Test
    void afterAnAdmissionTheLastOriginalPartnersConsentLeavesTheDecisionPending() {
        decisions.onProposed(NAME_A_MEDIATOR, STEERING, MEETING_DAY);
        decisions.onStance(MEDIATOR, consent(MODREHJAELPEN, SECRETARY));
        decisions.onStance(MEDIATOR, consent(KOMMUNE, MANAGER));

        assertThat(decisions.outcomeAfter(
                        MEDIATOR, consent(POLITI, INSPECTOR), Set.of(MODREHJAELPEN, KOMMUNE, POLITI, AARHUS_POLITI)))
                .isEqualTo(Outcome.PENDING);
    }

    @Test
    void theAdmittedPartnersAnswerCanSettleADecisionPutBeforeItsAdmission() {
        decisions.onProposed(NAME_A_MEDIATOR, STEERING, MEETING_DAY);
        decisions.onStance(MEDIATOR, consent(MODREHJAELPEN, SECRETARY));
        decisions.onStance(MEDIATOR, consent(KOMMUNE, MANAGER));
        // Aarhus police was admitted here, so the police's written consent left the decision pending.
        decisions.onStance(MEDIATOR, new StanceGiven(POLITI, Stance.CONSENT, INSPECTOR, "By letter", LATER));
        Set<PartnerId> withAarhusPoliti = Set.of(MODREHJAELPEN, KOMMUNE, POLITI, AARHUS_POLITI);

        assertThat(decisions.outcomeAfter(MEDIATOR, consent(AARHUS_POLITI, AARHUS_INSPECTOR), withAarhusPoliti))
                .isEqualTo(Outcome.ADOPTED);
    }

    @Test
    void aSettledDecisionIsNotReopenedByAnAdmission() {
        decisions.onProposed(NAME_A_MEDIATOR, STEERING, MEETING_DAY);
        decisions.onStance(MEDIATOR, consent(MODREHJAELPEN, SECRETARY));
        decisions.onStance(MEDIATOR, consent(KOMMUNE, MANAGER));
        decisions.onStance(MEDIATOR, consent(POLITI, INSPECTOR));
        decisions.onOutcome(MEDIATOR, Outcome.ADOPTED, MEETING_DAY);

        assertThat(decisions.recheck(Set.of(MODREHJAELPEN, KOMMUNE, POLITI, AARHUS_POLITI)))
                .isEmpty();
    }

    @Test
    void aBlockedDecisionStaysBlockedWhenTheObjectingPartnerLeaves() {
        decisions.onProposed(NAME_A_MEDIATOR, STEERING, MEETING_DAY);
        decisions.onStance(MEDIATOR, consent(MODREHJAELPEN, SECRETARY));
        decisions.onStance(MEDIATOR, consent(KOMMUNE, MANAGER));
        decisions.onStance(MEDIATOR, objection(POLITI, INSPECTOR));
        decisions.onOutcome(MEDIATOR, Outcome.BLOCKED, MEETING_DAY);

        assertThat(decisions.recheck(WITHOUT_POLITI)).isEmpty();
    }

    @Test
    void theRecheckListsOnlyTheDecisionsThatChange() {
        ProposalId cadence = new ProposalId("meet-quarterly");
        decisions.onProposed(NAME_A_MEDIATOR, STEERING, MEETING_DAY);
        decisions.onProposed(new Proposal(cadence, "Meet every quarter", KOMMUNE, 1), STEERING, MEETING_DAY);
        decisions.onStance(MEDIATOR, consent(MODREHJAELPEN, SECRETARY));
        decisions.onStance(MEDIATOR, consent(KOMMUNE, MANAGER));
        decisions.onStance(cadence, consent(KOMMUNE, MANAGER));

        assertThat(decisions.recheck(WITHOUT_POLITI)).containsOnlyKeys(MEDIATOR);
    }

    @Test
    void recheckingChangesNoOutcome() {
        decisions.onProposed(NAME_A_MEDIATOR, STEERING, MEETING_DAY);
        decisions.onStance(MEDIATOR, consent(MODREHJAELPEN, SECRETARY));
        decisions.onStance(MEDIATOR, consent(KOMMUNE, MANAGER));

        decisions.recheck(WITHOUT_POLITI);

        assertThat(decisions.decision(MEDIATOR).orElseThrow().outcome()).isEqualTo(Outcome.PENDING);
    }
}
