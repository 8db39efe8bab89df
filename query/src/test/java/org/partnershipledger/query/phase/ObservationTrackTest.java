package org.partnershipledger.query.phase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.partnershipledger.core.partnership.ObservedPhase.BELONGING;
import static org.partnershipledger.core.partnership.ObservedPhase.CLOSENESS;
import static org.partnershipledger.core.partnership.ObservedPhase.CONTROL;
import static org.partnershipledger.query.phase.History.day;
import static org.partnershipledger.query.phase.History.formedOn;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObservationTrackTest {

    private final FiroModel firo = new FiroModel();

    @Test
    void eachObservationHoldsUntilTheNextOne() {
        List<PhaseInterval> track = ObservationTrack.observations(formedOn("2003-01-10")
                .observed(BELONGING, "2003-01-20")
                .observed(CONTROL, "2003-03-01")
                .events());

        assertThat(Intervals.of(track))
                .containsExactly(
                        "BELONGING 2003-01-20..2003-03-01 PhaseObserved", "CONTROL 2003-03-01.. PhaseObserved");
    }

    @Test
    void aRepeatedObservationOfTheSamePhaseJoinsItsInterval() {
        List<PhaseInterval> track = ObservationTrack.observations(formedOn("2003-01-10")
                .observed(CONTROL, "2003-03-01")
                .observed(CONTROL, "2003-04-01")
                .events());

        assertThat(track).hasSize(1);
        assertThat(track.get(0).events())
                .extracting(TimelineEvent::occurredOn)
                .containsExactly(day("2003-03-01"), day("2003-04-01"));
    }

    @Test
    void theTrackHoldsOnlyObservationsAndEndsWithThePartnership() {
        List<PhaseInterval> track = ObservationTrack.observations(formedOn("2003-01-10")
                .observed(CLOSENESS, "2004-01-20")
                .conflictRaised("c-1", "2004-02-01")
                .closed("2004-12-31")
                .observed(BELONGING, "2005-01-10")
                .events());

        assertThat(Intervals.of(track)).containsExactly("CLOSENESS 2004-01-20..2004-12-31 PhaseObserved");
        assertThat(track.get(0).events()).extracting(TimelineEvent::type).containsOnly("PhaseObserved");
    }

    @Test
    void observationsEnteredOutOfOrderAreReadInDomainOrder() {
        List<PhaseInterval> track = ObservationTrack.observations(formedOn("2003-01-10")
                .observed(CONTROL, "2003-03-01")
                .observed(BELONGING, "2003-01-20")
                .events());

        assertThat(Intervals.of(track))
                .containsExactly(
                        "BELONGING 2003-01-20..2003-03-01 PhaseObserved", "CONTROL 2003-03-01.. PhaseObserved");
    }

    @Test
    void theAgreementIsTheShareOfDaysObservationAndModelAgree() {
        // The model says control from 2003-02-01; belonging observed for 10 days, then control for 10.
        History history = formedOn("2003-01-10")
                .conflictRaised("c-1", "2003-02-01")
                .observed(BELONGING, "2003-02-01")
                .observed(CONTROL, "2003-02-11");

        assertThat(agreement(history, "2003-02-21")).isEqualTo(0.5);
    }

    @Test
    void fullAgreementIsOne() {
        History history = formedOn("2003-01-10").observed(BELONGING, "2003-01-10");

        assertThat(agreement(history, "2003-03-01")).isEqualTo(1.0);
    }

    @Test
    void theAgreementCountsNoDayAfterThePartnershipEnded() {
        // 10 days agree before the closing; the 100 days asked for beyond it do not count.
        History history =
                formedOn("2003-01-10").observed(BELONGING, "2003-01-10").closed("2003-01-20");

        assertThat(agreement(history, "2003-04-30")).isEqualTo(1.0);
    }

    @Test
    void theAgreementRunsToTheTimelinesEndWhenNoDateIsGiven() {
        History history = formedOn("2003-01-10")
                .observed(CONTROL, "2003-01-10")
                .conflictRaised("c-1", "2003-01-15")
                .closed("2003-01-20");

        assertThat(agreement(history, null)).isEqualTo(0.5);
    }

    @Test
    void withoutObservationsThereIsNoAgreement() {
        assertThat(agreement(formedOn("2003-01-10"), "2003-03-01")).isNull();
    }

    @Test
    void tuckmanStagesHaveNoAgreementWithObservedFiroPhases() {
        History history = formedOn("2003-01-10").observed(BELONGING, "2003-01-10");

        Timeline tuckman = new TuckmanModel().timeline(history.events());

        assertThat(ObservationTrack.agreement(
                        tuckman, ObservationTrack.observations(history.events()), day("2003-03-01")))
                .isNull();
    }

    @Test
    void anObservationDatedAtTheBeginningOfTimeIsCountedWithoutWalkingEveryDay() {
        // Stored before dates were checked; a day-by-day count would run for hundreds of billions of days.
        History history =
                formedOn("2003-01-10").observed(BELONGING, "-999999999-01-01").observed(BELONGING, "2003-01-10");

        Double agreement = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> agreement(history, "2003-03-01"));

        assertThat(agreement).isBetween(0.0, 1.0);
    }

    private Double agreement(History history, String until) {
        return ObservationTrack.agreement(
                firo.timeline(history.events()),
                ObservationTrack.observations(history.events()),
                until == null ? null : day(until));
    }
}
