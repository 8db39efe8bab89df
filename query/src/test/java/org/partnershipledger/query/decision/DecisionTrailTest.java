package org.partnershipledger.query.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.partnershipledger.query.decision.DecisionHistory.ANNA;
import static org.partnershipledger.query.decision.DecisionHistory.BO;
import static org.partnershipledger.query.decision.DecisionHistory.FREDERIKSBERG;
import static org.partnershipledger.query.decision.DecisionHistory.MODREHJAELPEN;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.decision.MeetingKind;
import org.partnershipledger.core.decision.Outcome;
import org.partnershipledger.core.decision.Stance;
import org.partnershipledger.core.partnership.DocumentKind;

class DecisionTrailTest {

    private static final LocalDate FORMED = LocalDate.of(2003, 12, 1);
    private static final LocalDate MARCH = LocalDate.of(2004, 3, 10);
    private static final LocalDate APRIL = LocalDate.of(2004, 4, 2);
    private static final LocalDate JUNE = LocalDate.of(2004, 6, 9);

    private static DecisionHistory partnership() {
        return DecisionHistory.formed("violence-against-women", FORMED);
    }

    @Test
    void aProposalAdoptedAtAMeetingShowsTheMeetingEachStanceWithItsRepresentativeAndWhenItWasReached() {
        List<DecisionView> trail = DecisionTrail.of(partnership()
                .meeting("m-1", MeetingKind.STEERING_GROUP, MARCH)
                .proposal("d-1", "m-1", "Meet four times a year", null, MARCH)
                .stance("d-1", MODREHJAELPEN, Stance.CONSENT, ANNA, "Fits our planning", MARCH)
                .stance("d-1", FREDERIKSBERG, Stance.ABSTAIN, BO, "", MARCH)
                .decision("d-1", Outcome.ADOPTED, MARCH)
                .events());

        assertThat(trail)
                .containsExactly(new DecisionView(
                        "d-1",
                        "m-1",
                        "STEERING_GROUP",
                        MARCH,
                        "Meet four times a year",
                        "p-1",
                        null,
                        List.of(
                                new StanceView("p-1", "CONSENT", "person-anna", MARCH, "Fits our planning"),
                                new StanceView("p-2", "ABSTAIN", "person-bo", MARCH, "")),
                        "ADOPTED",
                        MARCH,
                        null,
                        null));
    }

    @Test
    void aProposalAPartnerObjectedToIsBlockedWithTheObjectionsReason() {
        List<DecisionView> trail = DecisionTrail.of(partnership()
                .meeting("m-1", MeetingKind.STEERING_GROUP, MARCH)
                .proposal("d-1", "m-1", "Speak to the press jointly", null, MARCH)
                .stance("d-1", FREDERIKSBERG, Stance.OBJECT, BO, "The municipality informs the press itself", MARCH)
                .decision("d-1", Outcome.BLOCKED, MARCH)
                .events());

        assertThat(trail).singleElement().satisfies(decision -> {
            assertThat(decision.outcome()).isEqualTo("BLOCKED");
            assertThat(decision.reachedOn()).isEqualTo(MARCH);
            assertThat(decision.stances())
                    .extracting(StanceView::reason)
                    .containsExactly("The municipality informs the press itself");
        });
    }

    @Test
    void aProposalAnAbsentPartnerHasNotAnsweredIsPending() {
        List<DecisionView> trail = DecisionTrail.of(partnership()
                .meeting("m-1", MeetingKind.STEERING_GROUP, MARCH)
                .proposal("d-1", "m-1", "Meet four times a year", null, MARCH)
                .stance("d-1", MODREHJAELPEN, Stance.CONSENT, ANNA, "", MARCH)
                .events());

        assertThat(trail).singleElement().satisfies(decision -> {
            assertThat(decision.outcome()).isEqualTo("PENDING");
            assertThat(decision.reachedOn()).isNull();
        });
    }

    @Test
    void aStanceGivenLaterInWritingSettlesThePendingProposalOnTheDayItWasGiven() {
        List<DecisionView> trail = DecisionTrail.of(partnership()
                .meeting("m-1", MeetingKind.STEERING_GROUP, MARCH)
                .proposal("d-1", "m-1", "Meet four times a year", null, MARCH)
                .stance("d-1", MODREHJAELPEN, Stance.CONSENT, ANNA, "", MARCH)
                .stance("d-1", FREDERIKSBERG, Stance.CONSENT, BO, "Agreed by mail", APRIL)
                .decision("d-1", Outcome.ADOPTED, APRIL)
                .events());

        assertThat(trail).singleElement().satisfies(decision -> {
            assertThat(decision.outcome()).isEqualTo("ADOPTED");
            assertThat(decision.reachedOn()).isEqualTo(APRIL);
            assertThat(decision.stances()).extracting(StanceView::givenOn).containsExactly(MARCH, APRIL);
        });
    }

    @Test
    void stancesAreListedInTheOrderGivenEvenWhenOneWasEnteredAfterwards() {
        List<DecisionView> trail = DecisionTrail.of(partnership()
                .proposal("d-1", null, "Meet four times a year", null, MARCH)
                .stance("d-1", MODREHJAELPEN, Stance.CONSENT, ANNA, "", JUNE)
                .stance("d-1", FREDERIKSBERG, Stance.CONSENT, BO, "", APRIL)
                .events());

        assertThat(trail.get(0).stances()).extracting(StanceView::partner).containsExactly("p-2", "p-1");
    }

    @Test
    void aRetractedProposalShowsWhenAndWhyItWasRetracted() {
        List<DecisionView> trail = DecisionTrail.of(partnership()
                .meeting("m-1", MeetingKind.STEERING_GROUP, MARCH)
                .proposal("d-1", "m-1", "Hire a shared coordinator", null, MARCH)
                .retraction("d-1", "Funding fell through", APRIL)
                .events());

        assertThat(trail).singleElement().satisfies(decision -> {
            assertThat(decision.outcome()).isEqualTo("RETRACTED");
            assertThat(decision.reachedOn()).isEqualTo(APRIL);
            assertThat(decision.retractionReason()).isEqualTo("Funding fell through");
        });
    }

    @Test
    void eachSettledDecisionNamesTheAgreementVersionInForceOnTheDayItWasReached() {
        LocalDate may = LocalDate.of(2004, 5, 1);
        List<DecisionView> trail = DecisionTrail.of(partnership()
                .agreementProposed(1, "1", LocalDate.of(2004, 1, 5))
                .agreementTookEffect(1, LocalDate.of(2004, 2, 1))
                .meeting("m-1", MeetingKind.STEERING_GROUP, MARCH)
                .proposal("d-1", "m-1", "Meet four times a year", null, MARCH)
                .decision("d-1", Outcome.ADOPTED, MARCH)
                .proposal("d-2", "m-1", "Amend the evaluation points", 1, MARCH)
                .proposal("d-3", "m-1", "Hire a shared coordinator", null, MARCH)
                .agreementProposed(2, "2", APRIL)
                .agreementTookEffect(2, APRIL)
                .decision("d-2", Outcome.ADOPTED, may)
                .retraction("d-3", "Funding fell through", may)
                // Entered afterwards: a decision taken before any version took effect names none.
                .proposal("d-0", null, "Draft the agreement together", null, LocalDate.of(2004, 1, 2))
                .decision("d-0", Outcome.ADOPTED, LocalDate.of(2004, 1, 3))
                .proposal("d-4", null, "Meet monthly", null, may)
                .events());

        assertThat(trail)
                .extracting(DecisionView::proposalId, DecisionView::versionInForce)
                .containsExactly(
                        tuple("d-0", null),
                        tuple("d-1", new VersionInForce(1, "1".repeat(64))),
                        tuple("d-2", new VersionInForce(2, "2".repeat(64))),
                        tuple("d-3", new VersionInForce(2, "2".repeat(64))),
                        tuple("d-4", null));
    }

    @Test
    void aProposalPutInWritingHasNoMeeting() {
        List<DecisionView> trail = DecisionTrail.of(partnership()
                .proposal("d-1", null, "Extend the term to 2005", null, MARCH)
                .events());

        assertThat(trail).singleElement().satisfies(decision -> {
            assertThat(decision.meetingId()).isNull();
            assertThat(decision.meetingKind()).isNull();
        });
    }

    @Test
    void theAgreementVersionAProposalConcernsIsCarried() {
        List<DecisionView> trail = DecisionTrail.of(partnership()
                .meeting("m-1", MeetingKind.STEERING_GROUP, MARCH)
                .proposal("d-1", "m-1", "Amend the evaluation points", 2, MARCH)
                .events());

        assertThat(trail).extracting(DecisionView::concernsVersion).containsExactly(2);
    }

    @Test
    void proposalsEnteredAfterwardsAreListedByTheDateTheyWerePut() {
        List<DecisionView> trail = DecisionTrail.of(partnership()
                .meeting("m-2", MeetingKind.STEERING_GROUP, JUNE)
                .proposal("june", "m-2", "Evaluate in March", null, JUNE)
                .meeting("m-1", MeetingKind.WORKING_GROUP, MARCH)
                .proposal("march", "m-1", "Share the leaflet", null, MARCH)
                .proposal("march-too", "m-1", "Share the hotline", null, MARCH)
                .events());

        assertThat(trail)
                .extracting(DecisionView::proposalId, DecisionView::meetingKind)
                .containsExactly(
                        tuple("march", "WORKING_GROUP"),
                        tuple("march-too", "WORKING_GROUP"),
                        tuple("june", "STEERING_GROUP"));
    }

    @Test
    void aHistoryWithoutProposalsHasAnEmptyTrail() {
        assertThat(DecisionTrail.of(partnership()
                        .meeting("m-1", MeetingKind.KICK_OFF, MARCH)
                        .events()))
                .isEmpty();
    }

    @Test
    void filteringByOutcomeKeepsOnlyTheProposalsWithThatOutcomeInAnyLetterCase() {
        List<DecisionView> trail = threeProposals();

        assertThat(DecisionTrail.filter(trail, Optional.of("adopted"), Optional.empty(), Optional.empty()))
                .extracting(DecisionView::proposalId)
                .containsExactly("march");
    }

    @Test
    void filteringByDateRangeKeepsTheProposalsPutWithinItBothEndsIncluded() {
        List<DecisionView> trail = threeProposals();

        assertThat(DecisionTrail.filter(trail, Optional.empty(), Optional.of(APRIL), Optional.of(JUNE)))
                .extracting(DecisionView::proposalId)
                .containsExactly("april", "june");
    }

    @Test
    void filteringByOutcomeAndDateKeepsOnlyWhatMatchesBoth() {
        List<DecisionView> trail = threeProposals();

        assertThat(DecisionTrail.filter(trail, Optional.of("PENDING"), Optional.empty(), Optional.of(APRIL)))
                .extracting(DecisionView::proposalId)
                .containsExactly("april");
    }

    @Test
    void onlyTheLedgersOutcomesAreOutcomes() {
        assertThat(DecisionTrail.isOutcome("not_adopted")).isTrue();
        assertThat(DecisionTrail.isOutcome("RETRACTED")).isTrue();
        assertThat(DecisionTrail.isOutcome("approved")).isFalse();
        assertThat(DecisionTrail.isOutcome(null)).isFalse();
    }

    private static List<DecisionView> threeProposals() {
        return DecisionTrail.of(partnership()
                .proposal("march", null, "Share the leaflet", null, MARCH)
                .stance("march", MODREHJAELPEN, Stance.CONSENT, ANNA, "", MARCH)
                .stance("march", FREDERIKSBERG, Stance.CONSENT, BO, "", MARCH)
                .decision("march", Outcome.ADOPTED, MARCH)
                .proposal("april", null, "Share the hotline", null, APRIL)
                .proposal("june", null, "Evaluate in March", null, JUNE)
                .events());
    }

    private static final PersonId SECRETARY = new PersonId("person-secretary");

    @Test
    void aStanceRecordedFromALetterShowsWhoRecordedItTheDocumentAndThatItIsUnanswered() {
        List<DecisionView> trail = DecisionTrail.of(partnership()
                .proposal("d-1", null, "Meet four times a year", null, MARCH)
                .stanceRecordedBy(SECRETARY, DocumentKind.LETTER, "d-1", FREDERIKSBERG, Stance.CONSENT, BO, APRIL)
                .events());

        assertThat(trail.get(0).stances()).singleElement().satisfies(stance -> {
            assertThat(stance.recordedOnBehalf()).isTrue();
            assertThat(stance.givenBy()).isEqualTo("person-bo");
            assertThat(stance.recordedBy()).isEqualTo("person-secretary");
            assertThat(stance.documentKind()).isEqualTo("LETTER");
            assertThat(stance.documentDate()).isEqualTo(APRIL);
            assertThat(stance.documentReference()).isEqualTo("Letter 2004/17");
            assertThat(stance.answer()).isEqualTo(StanceView.UNANSWERED);
        });
    }

    @Test
    void aStanceGivenInTheLedgerIsToldApartFromOneRecordedOnBehalf() {
        List<DecisionView> trail = DecisionTrail.of(partnership()
                .proposal("d-1", null, "Meet four times a year", null, MARCH)
                .stance("d-1", MODREHJAELPEN, Stance.CONSENT, ANNA, "", MARCH)
                .events());

        assertThat(trail.get(0).stances()).singleElement().satisfies(stance -> {
            assertThat(stance.recordedOnBehalf()).isFalse();
            assertThat(stance.recordedBy()).isNull();
            assertThat(stance.answer()).isNull();
        });
    }

    @Test
    void aConfirmedStanceShowsWhoConfirmedItAndWhen() {
        List<DecisionView> trail = DecisionTrail.of(partnership()
                .proposal("d-1", null, "Meet four times a year", null, MARCH)
                .stanceRecordedBy(SECRETARY, DocumentKind.MINUTES, "d-1", FREDERIKSBERG, Stance.CONSENT, BO, MARCH)
                .confirmed("d-1", FREDERIKSBERG, BO, APRIL)
                .events());

        StanceView stance = trail.get(0).stances().get(0);
        assertThat(stance.answer()).isEqualTo(StanceView.CONFIRMED);
        assertThat(stance.answeredBy()).isEqualTo("person-bo");
        assertThat(stance.answeredOn()).isEqualTo(APRIL);
    }

    @Test
    void aContestedStanceStaysOnRecordUncountedAndTheReopenedDecisionIsPendingUntilThePartnerAnswers() {
        DecisionHistory history = partnership()
                .meeting("m-1", MeetingKind.STEERING_GROUP, MARCH)
                .proposal("d-1", "m-1", "Meet four times a year", null, MARCH)
                .stance("d-1", MODREHJAELPEN, Stance.CONSENT, ANNA, "", MARCH)
                .stanceRecordedBy(SECRETARY, DocumentKind.MINUTES, "d-1", FREDERIKSBERG, Stance.CONSENT, BO, MARCH)
                .decision("d-1", Outcome.ADOPTED, MARCH)
                .contested("d-1", FREDERIKSBERG, BO, MARCH.plusDays(3))
                .reopened("d-1", Outcome.ADOPTED, MARCH.plusDays(3));

        DecisionView reopened = DecisionTrail.of(history.events()).get(0);
        assertThat(reopened.outcome()).isEqualTo("PENDING");
        assertThat(reopened.reachedOn()).isNull();
        assertThat(reopened.stances())
                .extracting(StanceView::partner, StanceView::answer, StanceView::counts)
                .containsExactly(tuple("p-1", null, true), tuple("p-2", StanceView.CONTESTED, false));

        DecisionView answered = DecisionTrail.of(history.stance("d-1", FREDERIKSBERG, Stance.OBJECT, BO, "", APRIL)
                        .decision("d-1", Outcome.BLOCKED, APRIL)
                        .events())
                .get(0);
        assertThat(answered.outcome()).isEqualTo("BLOCKED");
        assertThat(answered.stances())
                .extracting(StanceView::partner, StanceView::stance, StanceView::counts)
                .containsExactly(
                        tuple("p-1", "CONSENT", true), tuple("p-2", "CONSENT", false), tuple("p-2", "OBJECT", true));
    }
}
