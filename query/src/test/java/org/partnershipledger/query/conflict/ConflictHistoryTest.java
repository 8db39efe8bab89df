package org.partnershipledger.query.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.query.conflict.ConflictHistories.PARTNERSHIP;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.conflict.ConflictCategory;
import org.partnershipledger.core.partnership.PartnershipDissolved;

class ConflictHistoryTest {

    private static final LocalDate RAISED_ON = LocalDate.of(2004, 3, 1);

    private static ConflictHistories mediatedToResolution() {
        return new ConflictHistories()
                .raised("c-1", ConflictCategory.AGREEMENT_READING, RAISED_ON)
                .dialogue("c-1", "Talked it through at the steering meeting", LocalDate.of(2004, 3, 8))
                .escalated("c-1", LocalDate.of(2004, 3, 15))
                .mediationSession("c-1", "Both readings heard", LocalDate.of(2004, 3, 22))
                .resolved("c-1", LocalDate.of(2004, 4, 5));
    }

    @Test
    void aConflictMediatedToResolutionShowsEveryStepInOrder() {
        ConflictView conflict = single(mediatedToResolution());

        assertThat(conflict.steps())
                .containsExactly(
                        new ConflictStepView("RAISED", RAISED_ON, "Reading of the exit clause", List.of()),
                        new ConflictStepView(
                                "DIALOGUE",
                                LocalDate.of(2004, 3, 8),
                                "Talked it through at the steering meeting",
                                List.of()),
                        new ConflictStepView(
                                "ESCALATED",
                                LocalDate.of(2004, 3, 15),
                                "Karen Holm (Center for Konfliktløsning)",
                                List.of()),
                        new ConflictStepView(
                                "MEDIATION_SESSION", LocalDate.of(2004, 3, 22), "Both readings heard", List.of()),
                        new ConflictStepView(
                                "RESOLVED",
                                LocalDate.of(2004, 4, 5),
                                "Notice runs from the steering meeting",
                                List.of("esbjerg-kommune", "vindrosen")));
    }

    @Test
    void aConflictShowsWhoRaisedItWhomItConcernsAndItsMediator() {
        ConflictView conflict = single(mediatedToResolution());

        assertThat(conflict)
                .extracting(
                        ConflictView::conflictId,
                        ConflictView::partnershipId,
                        ConflictView::raisedBy,
                        ConflictView::concerning,
                        ConflictView::topic,
                        ConflictView::description,
                        ConflictView::category,
                        ConflictView::state,
                        ConflictView::raisedOn,
                        ConflictView::mediator)
                .containsExactly(
                        "c-1",
                        PARTNERSHIP,
                        "vindrosen",
                        List.of("esbjerg-kommune"),
                        "Reading of the exit clause",
                        "We read three months' notice differently",
                        "AGREEMENT_READING",
                        "RESOLVED",
                        RAISED_ON,
                        "Karen Holm (Center for Konfliktløsning)");
    }

    @Test
    void durationsCountTheDaysFromRaisedToEscalatedAndToResolved() {
        ConflictView conflict = single(mediatedToResolution());

        assertThat(conflict.daysToEscalation()).isEqualTo(14L);
        assertThat(conflict.daysToClose()).isEqualTo(35L);
    }

    @Test
    void anAbandonedConflictIsClosedWithItsReasonAndNoMediator() {
        ConflictView conflict = single(new ConflictHistories()
                .raised("c-1", ConflictCategory.COMMUNICATION, RAISED_ON)
                .abandoned("c-1", LocalDate.of(2004, 3, 11)));

        assertThat(conflict.state()).isEqualTo("ABANDONED");
        assertThat(conflict.steps())
                .last()
                .isEqualTo(
                        new ConflictStepView("ABANDONED", LocalDate.of(2004, 3, 11), "No longer relevant", List.of()));
        assertThat(conflict.mediator()).isNull();
        assertThat(conflict.daysToEscalation()).isNull();
        assertThat(conflict.daysToClose()).isEqualTo(10L);
    }

    @Test
    void anEscalatedConflictStillOpenHasNoDaysToClose() {
        ConflictView conflict = single(new ConflictHistories()
                .raised("c-1", ConflictCategory.AUTONOMY, RAISED_ON)
                .escalated("c-1", LocalDate.of(2004, 3, 4)));

        assertThat(conflict.state()).isEqualTo("ESCALATED");
        assertThat(conflict.daysToEscalation()).isEqualTo(3L);
        assertThat(conflict.daysToClose()).isNull();
    }

    @Test
    void stepsEnteredAfterwardsAreShownInDomainOrderAndSameDayStepsInRecordedOrder() {
        ConflictView conflict = single(new ConflictHistories()
                .raised("c-1", ConflictCategory.COMMUNICATION, RAISED_ON)
                .dialogue("c-1", "second", LocalDate.of(2004, 3, 20))
                .dialogue("c-1", "first", LocalDate.of(2004, 3, 10))
                .dialogue("c-1", "third", LocalDate.of(2004, 3, 20)));

        assertThat(conflict.steps())
                .extracting(ConflictStepView::text)
                .containsExactly("Reading of the exit clause", "first", "second", "third");
    }

    @Test
    void conflictsAreOrderedByTheDayTheyWereRaisedNotTheDayTheyWereRecorded() {
        List<ConflictView> conflicts = ConflictHistory.of(
                PARTNERSHIP,
                new ConflictHistories()
                        .raised("later", ConflictCategory.RESOURCES, LocalDate.of(2005, 1, 1))
                        .raised("earlier", ConflictCategory.RESOURCES, LocalDate.of(2004, 1, 1))
                        .events());

        assertThat(conflicts).extracting(ConflictView::conflictId).containsExactly("earlier", "later");
    }

    @Test
    void eventsOtherThanConflictEventsLeaveTheHistoryAlone() {
        List<ConflictView> conflicts = ConflictHistory.of(
                PARTNERSHIP,
                mediatedToResolution()
                        .record(new PartnershipDissolved(
                                new PartnershipId(PARTNERSHIP), "Fewer than two partners", LocalDate.of(2005, 1, 1)))
                        .events());

        assertThat(conflicts)
                .containsExactlyElementsOf(
                        ConflictHistory.of(PARTNERSHIP, mediatedToResolution().events()));
    }

    @Test
    void aStepOfAConflictNotInTheHistoryIsLeftOut() {
        // A history cut off at a date can hold a step dated before the day its conflict was raised.
        List<ConflictView> conflicts = ConflictHistory.of(
                PARTNERSHIP,
                new ConflictHistories()
                        .dialogue("c-1", "early talk", LocalDate.of(2004, 2, 1))
                        .events());

        assertThat(conflicts).isEmpty();
    }

    private static ConflictView single(ConflictHistories history) {
        List<ConflictView> conflicts = ConflictHistory.of(PARTNERSHIP, history.events());
        assertThat(conflicts).hasSize(1);
        return conflicts.get(0);
    }
}
