package org.partnershipledger.core.programme;

import static org.hamcrest.Matchers.containsString;
import static org.partnershipledger.core.programme.People.EXPERT_ANNE;
import static org.partnershipledger.core.programme.People.EXPERT_BO;
import static org.partnershipledger.core.programme.People.FACILITATOR;
import static org.partnershipledger.core.programme.People.LEADER_CARL;
import static org.partnershipledger.core.programme.People.LEADER_DORTE;
import static org.partnershipledger.core.programme.People.NURSE_EVA;
import static org.partnershipledger.core.programme.People.violates;
import static org.partnershipledger.core.programme.ProgrammeMeetingKind.GATHERING;
import static org.partnershipledger.core.programme.ProgrammeMeetingKind.KICK_OFF;
import static org.partnershipledger.core.programme.ProgrammeMeetingKind.WRAP_UP_EVALUATION;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;

class ProgrammeTest {

    private static final ProgrammeId ID = new ProgrammeId("spring-programme");
    private static final LocalDate STARTS_ON = LocalDate.of(2024, 3, 1);
    private static final LocalDate ENDS_ON = LocalDate.of(2024, 5, 15);
    private static final LocalDate MATCHED_ON = LocalDate.of(2024, 3, 8);
    private static final LocalDate KICK_OFF_ON = LocalDate.of(2024, 3, 14);
    private static final LocalDate WRAP_UP_ON = LocalDate.of(2024, 5, 14);

    private static final PairId FIRST_PAIR = new PairId("pair-1");
    private static final PartnershipId FIRST_PARTNERSHIP = new PartnershipId("pair-partnership-1");
    private static final PairId SECOND_PAIR = new PairId("pair-2");
    private static final PartnershipId SECOND_PARTNERSHIP = new PartnershipId("pair-partnership-2");

    private static final ProgrammeStarted STARTED =
            new ProgrammeStarted(ID, "Spring 2024", FACILITATOR, STARTS_ON, ENDS_ON);
    private static final PairMatched ANNE_AND_CARL_MATCHED =
            new PairMatched(ID, FIRST_PAIR, EXPERT_ANNE, LEADER_CARL, FIRST_PARTNERSHIP, MATCHED_ON);
    private static final ProgrammeMeetingRecorded KICKED_OFF =
            new ProgrammeMeetingRecorded(ID, KICK_OFF, KICK_OFF_ON, List.of(FACILITATOR, EXPERT_ANNE, LEADER_CARL));
    private static final ProgrammeMeetingRecorded WRAPPED_UP = new ProgrammeMeetingRecorded(
            ID, WRAP_UP_EVALUATION, WRAP_UP_ON, List.of(FACILITATOR, EXPERT_ANNE, LEADER_CARL));

    private FixtureConfiguration<Programme> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Programme.class);
    }

    @Test
    void startingAProgrammeRecordsItsFacilitatorAndPeriod() {
        fixture.givenNoPriorActivity()
                .when(new StartProgramme(ID, "Spring 2024", FACILITATOR, STARTS_ON, ENDS_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(STARTED);
    }

    @Test
    void aPersonDeclaresBeingCloseToAnotherInACourseOfTreatment() {
        fixture.given(STARTED)
                .when(new DeclareTreatmentRelationship(ID, EXPERT_ANNE, NURSE_EVA, MATCHED_ON))
                .expectEvents(new TreatmentRelationshipDeclared(ID, EXPERT_ANNE, NURSE_EVA, MATCHED_ON));
    }

    @Test
    void declaringTheSameTreatmentRelationshipTwiceIsRejected() {
        fixture.given(STARTED, new TreatmentRelationshipDeclared(ID, EXPERT_ANNE, NURSE_EVA, MATCHED_ON))
                .when(new DeclareTreatmentRelationship(ID, EXPERT_ANNE, NURSE_EVA, MATCHED_ON))
                .expectException(violates("treatment-relationship-already-declared"))
                .expectNoEvents();
    }

    @Test
    void aTreatmentRelationshipDeclaredByTheOtherPersonIsAlreadyDeclared() {
        fixture.given(STARTED, new TreatmentRelationshipDeclared(ID, EXPERT_ANNE, NURSE_EVA, MATCHED_ON))
                .when(new DeclareTreatmentRelationship(ID, NURSE_EVA, EXPERT_ANNE, MATCHED_ON))
                .expectException(TreatmentRelationshipAlreadyDeclaredException.class)
                .expectNoEvents();
    }

    @Test
    void anExperienceExpertAndAStrategicLeaderAreMatchedAsAPair() {
        fixture.given(STARTED)
                .when(matchAnneAndCarl())
                .expectSuccessfulHandlerExecution()
                .expectEvents(ANNE_AND_CARL_MATCHED);
    }

    @Test
    void aPairCanBeMatchedOnTheProgrammesLastDay() {
        fixture.given(STARTED)
                .when(new MatchPair(ID, FIRST_PAIR, EXPERT_ANNE, LEADER_CARL, FIRST_PARTNERSHIP, ENDS_ON))
                .expectEvents(new PairMatched(ID, FIRST_PAIR, EXPERT_ANNE, LEADER_CARL, FIRST_PARTNERSHIP, ENDS_ON));
    }

    @Test
    void twoPeopleWhoDeclaredATreatmentRelationshipCannotBePaired() {
        fixture.given(STARTED, new TreatmentRelationshipDeclared(ID, EXPERT_ANNE, LEADER_CARL, MATCHED_ON))
                .when(matchAnneAndCarl())
                .expectException(violates("close-in-treatment"))
                .expectExceptionMessage(containsString("close to each other in a course of treatment"))
                .expectNoEvents();
    }

    @Test
    void aTreatmentRelationshipDeclaredByTheStrategicLeaderAlsoKeepsThemApart() {
        fixture.given(STARTED, new TreatmentRelationshipDeclared(ID, LEADER_CARL, EXPERT_ANNE, MATCHED_ON))
                .when(matchAnneAndCarl())
                .expectException(CloseInTreatmentException.class)
                .expectNoEvents();
    }

    @Test
    void aTreatmentRelationshipWithSomeoneElseDoesNotPreventAPair() {
        fixture.given(STARTED, new TreatmentRelationshipDeclared(ID, EXPERT_ANNE, NURSE_EVA, MATCHED_ON))
                .when(matchAnneAndCarl())
                .expectEvents(ANNE_AND_CARL_MATCHED);
    }

    @Test
    void anExperienceExpertAlreadyInAPairCannotBeMatchedAgain() {
        fixture.given(STARTED, ANNE_AND_CARL_MATCHED)
                .when(new MatchPair(ID, SECOND_PAIR, EXPERT_ANNE, LEADER_DORTE, SECOND_PARTNERSHIP, MATCHED_ON))
                .expectException(violates("person-already-paired"))
                .expectExceptionMessage(containsString("expert-anne"))
                .expectNoEvents();
    }

    @Test
    void aStrategicLeaderAlreadyInAPairCannotBeMatchedAgainInAnotherRole() {
        fixture.given(STARTED, ANNE_AND_CARL_MATCHED)
                .when(new MatchPair(ID, SECOND_PAIR, LEADER_CARL, LEADER_DORTE, SECOND_PARTNERSHIP, MATCHED_ON))
                .expectException(PersonAlreadyPairedException.class)
                .expectNoEvents();
    }

    @Test
    void aSecondPairOfOtherPeopleIsMatched() {
        PairMatched boAndDorte =
                new PairMatched(ID, SECOND_PAIR, EXPERT_BO, LEADER_DORTE, SECOND_PARTNERSHIP, MATCHED_ON);

        fixture.given(STARTED, ANNE_AND_CARL_MATCHED)
                .when(new MatchPair(ID, SECOND_PAIR, EXPERT_BO, LEADER_DORTE, SECOND_PARTNERSHIP, MATCHED_ON))
                .expectEvents(boAndDorte);
    }

    @Test
    void aPairIdAlreadyMatchedIsRejected() {
        fixture.given(STARTED, ANNE_AND_CARL_MATCHED)
                .when(new MatchPair(ID, FIRST_PAIR, EXPERT_BO, LEADER_DORTE, SECOND_PARTNERSHIP, MATCHED_ON))
                .expectException(violates("pair-already-matched"))
                .expectNoEvents();
    }

    @Test
    void aPartnershipAlreadyFormedByAnotherPairIsRejected() {
        fixture.given(STARTED, ANNE_AND_CARL_MATCHED)
                .when(new MatchPair(ID, SECOND_PAIR, EXPERT_BO, LEADER_DORTE, FIRST_PARTNERSHIP, MATCHED_ON))
                .expectException(violates("partnership-already-a-pair"))
                .expectNoEvents();
    }

    @Test
    void theFacilitatorCannotBeOneOfAPair() {
        fixture.given(STARTED)
                .when(new MatchPair(ID, FIRST_PAIR, EXPERT_ANNE, FACILITATOR, FIRST_PARTNERSHIP, MATCHED_ON))
                .expectException(violates("facilitator-in-pair"))
                .expectNoEvents();
    }

    @Test
    void matchingAPairAfterTheProgrammeEndedIsRejected() {
        LocalDate dayAfterTheEnd = ENDS_ON.plusDays(1);

        fixture.given(STARTED)
                .when(new MatchPair(ID, FIRST_PAIR, EXPERT_ANNE, LEADER_CARL, FIRST_PARTNERSHIP, dayAfterTheEnd))
                .expectException(violates("programme-ended"))
                .expectExceptionMessage(containsString("2024-05-15"))
                .expectNoEvents();
    }

    @Test
    void matchingAPairAfterTheWrapUpIsRejectedEvenBeforeTheLastDay() {
        fixture.given(STARTED, KICKED_OFF, WRAPPED_UP)
                .when(new MatchPair(ID, SECOND_PAIR, EXPERT_BO, LEADER_DORTE, SECOND_PARTNERSHIP, MATCHED_ON))
                .expectException(violates("programme-wrapped-up"))
                .expectNoEvents();
    }

    @Test
    void matchingInAProgrammeThatWasNeverStartedFails() {
        fixture.givenNoPriorActivity().when(matchAnneAndCarl()).expectException(AggregateNotFoundException.class);
    }

    @Test
    void theKickOffIsRecordedWithItsAttendees() {
        fixture.given(STARTED, ANNE_AND_CARL_MATCHED)
                .when(new RecordProgrammeMeeting(ID, KICK_OFF, KICK_OFF_ON, KICKED_OFF.attendees()))
                .expectEvents(KICKED_OFF);
    }

    @Test
    void aSecondKickOffIsRejected() {
        fixture.given(STARTED, KICKED_OFF)
                .when(new RecordProgrammeMeeting(ID, KICK_OFF, KICK_OFF_ON.plusDays(7), List.of(FACILITATOR)))
                .expectException(violates("kick-off-already-held"))
                .expectNoEvents();
    }

    @Test
    void theWrapUpEvaluationIsRecordedAfterTheKickOff() {
        fixture.given(STARTED, ANNE_AND_CARL_MATCHED, KICKED_OFF)
                .when(new RecordProgrammeMeeting(ID, WRAP_UP_EVALUATION, WRAP_UP_ON, WRAPPED_UP.attendees()))
                .expectEvents(WRAPPED_UP);
    }

    @Test
    void aWrapUpWithoutAKickOffIsRejected() {
        fixture.given(STARTED, ANNE_AND_CARL_MATCHED)
                .when(new RecordProgrammeMeeting(ID, WRAP_UP_EVALUATION, WRAP_UP_ON, List.of(FACILITATOR)))
                .expectException(violates("wrap-up-before-kick-off"))
                .expectExceptionMessage(containsString("no kick-off yet"))
                .expectNoEvents();
    }

    @Test
    void aWrapUpDatedBeforeTheKickOffIsRejected() {
        fixture.given(STARTED, KICKED_OFF)
                .when(new RecordProgrammeMeeting(
                        ID, WRAP_UP_EVALUATION, KICK_OFF_ON.minusDays(1), List.of(FACILITATOR)))
                .expectException(WrapUpBeforeKickOffException.class)
                .expectExceptionMessage(containsString("2024-03-14"))
                .expectNoEvents();
    }

    @Test
    void aSecondWrapUpIsRejected() {
        fixture.given(STARTED, KICKED_OFF, WRAPPED_UP)
                .when(new RecordProgrammeMeeting(ID, WRAP_UP_EVALUATION, WRAP_UP_ON.plusDays(1), List.of(FACILITATOR)))
                .expectException(violates("wrap-up-already-held"))
                .expectNoEvents();
    }

    @Test
    void aGatheringOfPastAndPresentPartnershipsCanBeHeldAfterTheWrapUp() {
        LocalDate sixMonthsLater = WRAP_UP_ON.plusMonths(6);
        List<PersonId> attendees = List.of(FACILITATOR, EXPERT_ANNE, EXPERT_BO);

        fixture.given(STARTED, KICKED_OFF, WRAPPED_UP)
                .when(new RecordProgrammeMeeting(ID, GATHERING, sixMonthsLater, attendees))
                .expectEvents(new ProgrammeMeetingRecorded(ID, GATHERING, sixMonthsLater, attendees));
    }

    private static MatchPair matchAnneAndCarl() {
        return new MatchPair(ID, FIRST_PAIR, EXPERT_ANNE, LEADER_CARL, FIRST_PARTNERSHIP, MATCHED_ON);
    }
}
