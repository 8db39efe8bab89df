package org.partnershipledger.query.phase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.query.phase.History.day;
import static org.partnershipledger.query.phase.History.formedOn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.decision.Outcome;
import org.partnershipledger.query.history.HistoryEvent;

class TuckmanModelTest {

    private final TuckmanModel tuckman = new TuckmanModel();

    private List<String> stages(History history) {
        return Intervals.of(tuckman.timeline(history.events()));
    }

    @Test
    void theSameHistoryReadsAsFormingStormingNormingPerformingAndAdjourning() {
        Timeline timeline = tuckman.timeline(FiroModelTest.fullHistory().events());

        assertThat(timeline.model()).isEqualTo("tuckman");
        assertThat(Intervals.of(timeline))
                .containsExactly(
                        "FORMING 2003-01-10..2003-02-01 PartnershipFormed",
                        "STORMING 2003-02-01..2003-12-01 ConflictRaised",
                        "NORMING 2003-12-01..2004-06-01 AgreementTookEffect",
                        "FORMING 2004-06-01..2004-09-01 RepresentativeReplaced",
                        "PERFORMING 2004-09-01..2004-12-31 DecisionReached",
                        "ADJOURNING 2004-12-31..2004-12-31 PartnershipClosed");
    }

    @Test
    void aBlockedDecisionMovesTheGroupToStorming() {
        assertThat(stages(formedOn("2003-01-10").decision(Outcome.BLOCKED, "2003-03-01")))
                .endsWith("STORMING 2003-03-01.. DecisionReached");
    }

    @Test
    void aConflictRaisedWhilePerformingMovesTheGroupToStormingAgain() {
        assertThat(stages(performing().conflictRaised("c-9", "2004-03-01")))
                .endsWith("PERFORMING 2004-02-01..2004-03-01 DecisionReached", "STORMING 2004-03-01.. ConflictRaised");
    }

    @Test
    void resolvingTheLastOpenConflictUnderAnAgreementInForceMovesTheGroupToNorming() {
        assertThat(stages(performing().conflictRaised("c-9", "2004-03-01").conflictResolved("c-9", "2004-04-01")))
                .endsWith("NORMING 2004-04-01.. ConflictResolved");
    }

    @Test
    void anAmendedAgreementTakingEffectKeepsAPerformingGroupPerforming() {
        assertThat(stages(performing().agreementTookEffect("2004-03-01")))
                .endsWith("PERFORMING 2004-02-01.. DecisionReached");
    }

    @Test
    void aNewPartnerAdmittedStartsFormingAgain() {
        assertThat(stages(performing().partnerAdmitted("2004-03-01"))).endsWith("FORMING 2004-03-01.. PartnerAdmitted");
    }

    @Test
    void aWithdrawalMovesTheGroupToStorming() {
        assertThat(stages(performing().partnerWithdrew("2004-03-01")))
                .endsWith("STORMING 2004-03-01.. PartnerWithdrew");
    }

    @Test
    void dissolutionIsAnAdjourningIntervalOfItsOwnOnTheLastDay() {
        Timeline timeline =
                tuckman.timeline(performing().dissolved("2004-05-01").events());

        assertThat(timeline.endedOn()).isEqualTo(day("2004-05-01"));
        assertThat(Intervals.of(timeline))
                .endsWith(
                        "PERFORMING 2004-02-01..2004-05-01 DecisionReached",
                        "ADJOURNING 2004-05-01..2004-05-01 PartnershipDissolved");
    }

    @Test
    void historyEnteredOutOfDomainOrderGivesTheSameStagesAsInOrder() {
        List<HistoryEvent> inOrder = FiroModelTest.fullHistory().events();
        List<HistoryEvent> shuffled = new ArrayList<>(inOrder);
        Collections.shuffle(shuffled, new Random(7));

        assertThat(tuckman.timeline(shuffled)).isEqualTo(tuckman.timeline(inOrder));
    }

    private static History performing() {
        return formedOn("2003-01-10")
                .agreementProposed("2003-07-01")
                .agreementTookEffect("2003-12-01")
                .decision(Outcome.ADOPTED, "2004-02-01");
    }
}
