package org.partnershipledger.query.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.programme.PairId;
import org.partnershipledger.core.programme.PairMatched;
import org.partnershipledger.core.programme.ProgrammeId;
import org.partnershipledger.core.programme.ProgrammeMeetingKind;
import org.partnershipledger.core.programme.ProgrammeMeetingRecorded;
import org.partnershipledger.core.programme.ProgrammeStarted;
import org.partnershipledger.core.programme.TreatmentRelationshipDeclared;
import org.partnershipledger.query.programme.ProgrammeView.PairView;
import org.partnershipledger.query.programme.ProgrammeView.State;

class ProgrammeViewTest {

    private static final ProgrammeId SPRING = new ProgrammeId("spring-2025");
    private static final PersonId FACILITATOR = new PersonId("facilitator");
    private static final ProgrammeStarted STARTED = new ProgrammeStarted(
            SPRING, "Spring 2025", FACILITATOR, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 5, 15));

    @Test
    void aStartedProgrammeHasItsFacilitatorAndPeriodAndNoPairsYet() {
        ProgrammeView view = ProgrammeView.of(List.of(STARTED)).orElseThrow();

        assertThat(view.name()).isEqualTo("Spring 2025");
        assertThat(view.facilitator()).isEqualTo("facilitator");
        assertThat(view.startsOn()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(view.endsOn()).isEqualTo(LocalDate.of(2025, 5, 15));
        assertThat(view.pairs()).isEmpty();
        assertThat(view.state()).isEqualTo(State.STARTED);
    }

    @Test
    void pairsAreListedInTheOrderMatchedWithThePartnershipTheyForm() {
        ProgrammeView view = ProgrammeView.of(List.of(
                        STARTED,
                        matched("pair-1", "anna", "bo", "partnership-1"),
                        matched("pair-2", "carl", "dorte", "partnership-2")))
                .orElseThrow();

        assertThat(view.pairs())
                .containsExactly(
                        new PairView("pair-1", "anna", "bo", "partnership-1", LocalDate.of(2025, 3, 5)),
                        new PairView("pair-2", "carl", "dorte", "partnership-2", LocalDate.of(2025, 3, 5)));
        assertThat(view.pairOf("dorte")).map(PairView::pairId).contains("pair-2");
        assertThat(view.pairOf("facilitator")).isEmpty();
    }

    @Test
    void theKickOffAndTheWrapUpMoveTheProgrammeOnWhileGatheringsDoNot() {
        ProgrammeMeetingRecorded kickOff = meeting(ProgrammeMeetingKind.KICK_OFF, LocalDate.of(2025, 3, 10));
        ProgrammeMeetingRecorded gathering = meeting(ProgrammeMeetingKind.GATHERING, LocalDate.of(2025, 4, 1));
        ProgrammeMeetingRecorded wrapUp = meeting(ProgrammeMeetingKind.WRAP_UP_EVALUATION, LocalDate.of(2025, 5, 14));

        assertThat(ProgrammeView.of(List.of(STARTED, kickOff)).orElseThrow().state())
                .isEqualTo(State.KICKED_OFF);
        ProgrammeView wrappedUp =
                ProgrammeView.of(List.of(STARTED, kickOff, gathering, wrapUp)).orElseThrow();
        assertThat(wrappedUp.state()).isEqualTo(State.WRAPPED_UP);
        assertThat(wrappedUp.kickOffOn()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(wrappedUp.wrappedUpOn()).isEqualTo(LocalDate.of(2025, 5, 14));
    }

    @Test
    void declaredTreatmentRelationshipsAreCountedButNotNamed() {
        ProgrammeView view = ProgrammeView.of(List.of(
                        STARTED,
                        new TreatmentRelationshipDeclared(
                                SPRING, new PersonId("anna"), new PersonId("erik"), LocalDate.of(2025, 3, 2))))
                .orElseThrow();

        assertThat(view.treatmentRelationships()).isEqualTo(1);
    }

    @Test
    void aProgrammeWithNoHistoryIsNotFound() {
        assertThat(ProgrammeView.of(List.of())).isEmpty();
    }

    private static PairMatched matched(String pair, String expert, String leader, String partnership) {
        return new PairMatched(
                SPRING,
                new PairId(pair),
                new PersonId(expert),
                new PersonId(leader),
                new PartnershipId(partnership),
                LocalDate.of(2025, 3, 5));
    }

    private static ProgrammeMeetingRecorded meeting(ProgrammeMeetingKind kind, LocalDate heldOn) {
        return new ProgrammeMeetingRecorded(SPRING, kind, heldOn, List.of(FACILITATOR));
    }
}
