package org.partnershipledger.query.phase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.query.phase.History.PARTNERSHIP;
import static org.partnershipledger.query.phase.History.day;
import static org.partnershipledger.query.phase.History.formedOn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.decision.Outcome;
import org.partnershipledger.core.partnership.DissolutionCancelled;
import org.partnershipledger.query.history.HistoryEvent;

class FiroModelTest {

    private final FiroModel firo = new FiroModel();

    private List<String> phases(History history) {
        return Intervals.of(firo.timeline(history.events()));
    }

    @Test
    void formationStartsBelonging() {
        assertThat(phases(formedOn("2003-01-10"))).containsExactly("BELONGING 2003-01-10.. PartnershipFormed");
    }

    @Test
    void aFirstAgreementVersionProposedMovesTheGroupToControl() {
        assertThat(phases(formedOn("2003-01-10").agreementProposed("2003-07-01")))
                .containsExactly(
                        "BELONGING 2003-01-10..2003-07-01 PartnershipFormed", "CONTROL 2003-07-01.. AgreementProposed");
    }

    @Test
    void aFirstConflictMovesTheGroupToControl() {
        assertThat(phases(formedOn("2003-01-10").conflictRaised("c-1", "2003-02-01")))
                .containsExactly(
                        "BELONGING 2003-01-10..2003-02-01 PartnershipFormed", "CONTROL 2003-02-01.. ConflictRaised");
    }

    @Test
    void anAgreementTakingEffectWithNoOpenConflictMovesTheGroupToCloseness() {
        assertThat(phases(formedOn("2003-01-10").agreementProposed("2003-07-01").agreementTookEffect("2003-12-01")))
                .containsExactly(
                        "BELONGING 2003-01-10..2003-07-01 PartnershipFormed",
                        "CONTROL 2003-07-01..2003-12-01 AgreementProposed",
                        "CLOSENESS 2003-12-01.. AgreementTookEffect");
    }

    @Test
    void anAgreementTakingEffectWhileAConflictIsOpenLeavesTheGroupInControl() {
        assertThat(phases(formedOn("2003-01-10")
                        .agreementProposed("2003-07-01")
                        .conflictRaised("c-1", "2003-08-01")
                        .agreementTookEffect("2003-12-01")))
                .containsExactly(
                        "BELONGING 2003-01-10..2003-07-01 PartnershipFormed", "CONTROL 2003-07-01.. AgreementProposed");
    }

    @Test
    void resolvingTheLastOpenConflictUnderAnAgreementInForceMovesTheGroupToCloseness() {
        assertThat(phases(formedOn("2003-01-10")
                        .conflictRaised("c-1", "2003-02-01")
                        .conflictRaised("c-2", "2003-03-01")
                        .agreementTookEffect("2003-12-01")
                        .conflictResolved("c-1", "2004-01-05")
                        .conflictResolved("c-2", "2004-02-01")))
                .containsExactly(
                        "BELONGING 2003-01-10..2003-02-01 PartnershipFormed",
                        "CONTROL 2003-02-01..2004-02-01 ConflictRaised",
                        "CLOSENESS 2004-02-01.. ConflictResolved");
    }

    @Test
    void abandoningTheLastOpenConflictUnderAnAgreementInForceMovesTheGroupToCloseness() {
        assertThat(phases(formedOn("2003-01-10")
                        .conflictRaised("c-1", "2003-02-01")
                        .agreementTookEffect("2003-12-01")
                        .conflictAbandoned("c-1", "2004-01-05")))
                .endsWith("CLOSENESS 2004-01-05.. ConflictAbandoned");
    }

    @Test
    void resolvingAConflictWithNoAgreementInForceLeavesTheGroupInControl() {
        assertThat(phases(formedOn("2003-01-10")
                        .conflictRaised("c-1", "2003-02-01")
                        .conflictResolved("c-1", "2003-03-01")))
                .endsWith("CONTROL 2003-02-01.. ConflictRaised");
    }

    @Test
    void aNewPartnerAdmittedSendsTheGroupBackToBelonging() {
        assertThat(phases(inCloseness().partnerAdmitted("2004-03-01")))
                .endsWith("BELONGING 2004-03-01.. PartnerAdmitted");
    }

    @Test
    void aReplacedRepresentativeSendsTheGroupBackToBelonging() {
        assertThat(phases(inCloseness().representativeReplaced("2004-03-01")))
                .endsWith("BELONGING 2004-03-01.. RepresentativeReplaced");
    }

    @Test
    void aConflictRaisedInClosenessSendsTheGroupBackToControl() {
        assertThat(phases(inCloseness().conflictRaised("c-9", "2004-03-01")))
                .endsWith(
                        "CLOSENESS 2003-12-01..2004-03-01 AgreementTookEffect", "CONTROL 2004-03-01.. ConflictRaised");
    }

    @Test
    void aWithdrawalRedistributesRolesInControl() {
        assertThat(phases(inCloseness().partnerWithdrew("2004-03-01")))
                .endsWith("CONTROL 2004-03-01.. PartnerWithdrew");
    }

    @Test
    void decisionsAdoptedUnderAnAgreementInForceBringTheGroupBackToClosenessStepByStep() {
        assertThat(phases(inCloseness()
                        .representativeReplaced("2004-03-01")
                        .decision(Outcome.ADOPTED, "2004-04-01")
                        .decision(Outcome.ADOPTED, "2004-05-01")))
                .endsWith(
                        "BELONGING 2004-03-01..2004-04-01 RepresentativeReplaced",
                        "CONTROL 2004-04-01..2004-05-01 DecisionReached",
                        "CLOSENESS 2004-05-01.. DecisionReached");
    }

    @Test
    void aDecisionAdoptedBeforeAnyAgreementIsInForceLeavesThePhase() {
        assertThat(phases(formedOn("2003-01-10").decision(Outcome.ADOPTED, "2003-02-01")))
                .containsExactly("BELONGING 2003-01-10.. PartnershipFormed");
    }

    @Test
    void anAmendedAgreementProposedInClosenessLeavesTheGroupInCloseness() {
        assertThat(phases(inCloseness().agreementProposed("2004-03-01")))
                .endsWith("CLOSENESS 2003-12-01.. AgreementTookEffect");
    }

    @Test
    void aChangeToTheCurrentPhaseStartsNoNewInterval() {
        assertThat(phases(formedOn("2003-01-10")
                        .conflictRaised("c-1", "2003-02-01")
                        .agreementProposed("2003-03-01")
                        .conflictRaised("c-2", "2003-04-01")))
                .containsExactly(
                        "BELONGING 2003-01-10..2003-02-01 PartnershipFormed", "CONTROL 2003-02-01.. ConflictRaised");
    }

    @Test
    void dissolutionEndsTheTimelineOnItsDate() {
        Timeline timeline = firo.timeline(formedOn("2003-01-10")
                .conflictRaised("c-1", "2003-02-01")
                .dissolved("2003-02-20")
                .events());

        assertThat(timeline.endedOn()).isEqualTo(day("2003-02-20"));
        assertThat(Intervals.of(timeline)).endsWith("CONTROL 2003-02-01..2003-02-20 ConflictRaised");
    }

    @Test
    void aDissolutionCancelledBeforeItsDayDoesNotEndTheTimeline() {
        Timeline timeline = firo.timeline(formedOn("2003-01-10")
                .conflictRaised("c-1", "2003-02-01")
                .dissolved("2003-05-01")
                .then(new DissolutionCancelled(
                        PARTNERSHIP, day("2003-05-01"), "Two or more partners remain", day("2003-03-01")))
                .events());

        assertThat(timeline.endedOn()).isNull();
        assertThat(Intervals.of(timeline)).endsWith("CONTROL 2003-02-01.. ConflictRaised");
    }

    @Test
    void nothingDatedAfterTheClosingBelongsToTheTimeline() {
        // Entered afterwards: the conflict was recorded first, yet dated after the closing recorded later.
        Timeline timeline = firo.timeline(inCloseness()
                .conflictRaised("c-9", "2005-03-01")
                .closed("2004-12-31")
                .events());

        assertThat(timeline.endedOn()).isEqualTo(day("2004-12-31"));
        assertThat(Intervals.of(timeline)).endsWith("CLOSENESS 2003-12-01..2004-12-31 AgreementTookEffect");
        assertThat(timeline.intervals().get(2).events())
                .extracting(TimelineEvent::type)
                .containsExactly("AgreementTookEffect", "PartnershipClosed");
    }

    @Test
    void eachEventBelongsToTheIntervalCoveringItsDate() {
        Timeline timeline = firo.timeline(formedOn("2003-01-10")
                .agreementSigned("2003-01-20")
                .conflictRaised("c-1", "2003-02-01")
                .agreementSigned("2003-02-10")
                .events());

        assertThat(timeline.intervals())
                .extracting(interval -> interval.events().stream()
                        .map(event -> event.occurredOn() + " " + event.type())
                        .toList())
                .containsExactly(
                        List.of("2003-01-10 PartnershipFormed", "2003-01-20 AgreementSigned"),
                        List.of("2003-02-01 ConflictRaised", "2003-02-10 AgreementSigned"));
    }

    @Test
    void theCauseOfAnIntervalNamesItsEventBySequenceAndDateOnly() {
        PhaseInterval control = firo.timeline(formedOn("2003-01-10")
                        .conflictRaised("c-1", "2003-02-01")
                        .events())
                .intervals()
                .get(1);

        assertThat(control.causedBy()).isEqualTo(new TimelineEvent(1, day("2003-02-01"), "ConflictRaised"));
    }

    @Test
    void historyEnteredOutOfDomainOrderGivesTheSameTimelineAsInOrder() {
        List<HistoryEvent> inOrder = fullHistory().events();
        List<HistoryEvent> shuffled = new ArrayList<>(inOrder);
        Collections.shuffle(shuffled, new Random(4));

        assertThat(firo.timeline(shuffled)).isEqualTo(firo.timeline(inOrder));
    }

    @Test
    void eventsOnTheSameDayFollowTheStream() {
        assertThat(phases(formedOn("2003-01-10").agreementProposed("2003-01-10")))
                .containsExactly(
                        "BELONGING 2003-01-10..2003-01-10 PartnershipFormed", "CONTROL 2003-01-10.. AgreementProposed");
    }

    @Test
    void aHistoryReplaysAsTheFieldReportsTellIt() {
        assertThat(phases(fullHistory()))
                .containsExactly(
                        "BELONGING 2003-01-10..2003-02-01 PartnershipFormed",
                        "CONTROL 2003-02-01..2003-12-01 ConflictRaised",
                        "CLOSENESS 2003-12-01..2004-06-01 AgreementTookEffect",
                        "BELONGING 2004-06-01..2004-09-01 RepresentativeReplaced",
                        "CONTROL 2004-09-01..2004-10-01 DecisionReached",
                        "CLOSENESS 2004-10-01..2004-12-31 DecisionReached");
    }

    private static History inCloseness() {
        return formedOn("2003-01-10").agreementProposed("2003-07-01").agreementTookEffect("2003-12-01");
    }

    /** The Aarhus case roughly: a disagreement on focus, signing after drafts, a replaced representative. */
    static History fullHistory() {
        return formedOn("2003-01-10")
                .conflictRaised("c-1", "2003-02-01")
                .conflictAbandoned("c-1", "2003-02-20")
                .agreementProposed("2003-07-01")
                .agreementSigned("2003-11-20")
                .agreementTookEffect("2003-12-01")
                .representativeReplaced("2004-06-01")
                .decision(Outcome.ADOPTED, "2004-09-01")
                .decision(Outcome.ADOPTED, "2004-10-01")
                .closed("2004-12-31");
    }
}
