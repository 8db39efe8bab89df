package org.partnershipledger.core.partnership;

import static org.partnershipledger.core.partnership.KnownPartners.FREDERIKSBERG_KOMMUNE;
import static org.partnershipledger.core.partnership.KnownPartners.MODREHJAELPEN;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.agreement.AgreementContent;
import org.partnershipledger.core.agreement.AgreementDraft;
import org.partnershipledger.core.agreement.ContentHash;
import org.partnershipledger.core.decision.Attendee;
import org.partnershipledger.core.decision.MeetingId;
import org.partnershipledger.core.decision.MeetingKind;
import org.partnershipledger.core.decision.Outcome;
import org.partnershipledger.core.decision.Proposal;
import org.partnershipledger.core.decision.ProposalId;
import org.partnershipledger.core.decision.ProposalPut;
import org.partnershipledger.core.decision.RecordedStanceRules.AlreadyAnswered;
import org.partnershipledger.core.decision.RecordedStanceRules.AnswerPeriodOver;
import org.partnershipledger.core.decision.RecordedStanceRules.NotRecordedOnBehalf;
import org.partnershipledger.core.decision.Stance;
import org.partnershipledger.core.decision.StanceGiven;
import org.partnershipledger.core.partnership.PartnershipRules.DoesNotRepresent;
import org.partnershipledger.core.partnership.PartnershipRules.NotRepresentingOn;

/**
 * Signatures on paper and stances in letters or minutes, recorded by the secretary on their givers' behalf:
 * they count when the giver spoke for the partner on the document's date, and stances can be confirmed or
 * contested by the partner's representatives within the answer period.
 */
class RecordedOnBehalfTest {

    private static final PartnershipId ID = new PartnershipId("greenlanders-in-esbjerg");
    private static final LocalDate FORMED = LocalDate.of(2003, 3, 1);
    private static final LocalDate APPOINTED = LocalDate.of(2003, 6, 1);
    private static final LocalDate DRAFTED = LocalDate.of(2004, 1, 15);
    private static final LocalDate SIGNED_ON_PAPER = LocalDate.of(2004, 3, 1);
    private static final LocalDate REPLACED = LocalDate.of(2004, 9, 1);
    private static final LocalDate MEETING = LocalDate.of(2004, 4, 20);
    private static final PartnerId NGO = MODREHJAELPEN.id();
    private static final PartnerId MUNICIPALITY = FREDERIKSBERG_KOMMUNE.id();
    private static final PersonId SECRETARY = new PersonId("secretary");
    private static final PersonId NGO_SIGNATORY = new PersonId("ngo-signatory");
    private static final PersonId OLD_MAYOR = new PersonId("old-mayor");
    private static final PersonId NEW_MAYOR = new PersonId("new-mayor");
    private static final AgreementContent TEXT = AgreementDraft.greenlandersInEsbjerg();
    private static final ContentHash HASH = ContentHash.of(TEXT);
    private static final MeetingId STEERING = new MeetingId("steering-2004-04");
    private static final Proposal CADENCE = new Proposal(new ProposalId("cadence"), "Meet every quarter", NGO, null);

    private TestExecutor<Partnership> fixture;

    @BeforeEach
    void setUp() {
        FixtureConfiguration<Partnership> configuration = new AggregateTestFixture<>(Partnership.class);
        fixture = configuration.given(
                new PartnershipFormed(ID, "Greenlanders in Esbjerg", "Well-being", FORMED, KnownPartners.TWO),
                new RepresentativeAppointed(ID, SECRETARY, NGO, Role.SECRETARY, APPOINTED),
                new RepresentativeAppointed(ID, NGO_SIGNATORY, NGO, Role.SIGNATORY, APPOINTED),
                new RepresentativeAppointed(ID, OLD_MAYOR, MUNICIPALITY, Role.SIGNATORY, APPOINTED),
                new AgreementProposed(ID, 1, TEXT, HASH, NGO, DRAFTED));
    }

    private static OutsideRecord paper(LocalDate on) {
        return new OutsideRecord(SECRETARY, DocumentKind.PAPER_CONTRACT, on, "Contract signed at the seminar");
    }

    private static OutsideRecord letter(LocalDate on) {
        return new OutsideRecord(SECRETARY, DocumentKind.LETTER, on, "Letter 2004/17");
    }

    private static OutsideRecord minutes() {
        return new OutsideRecord(SECRETARY, DocumentKind.MINUTES, MEETING, "meeting " + STEERING.value());
    }

    private static SignAgreement signedOnPaper(PartnerId partner, PersonId signatory, LocalDate on) {
        return new SignAgreement(ID, partner, 1, HASH, signatory, on, paper(on));
    }

    private static StanceGiven consent(PartnerId partner, PersonId by, LocalDate on) {
        return new StanceGiven(partner, Stance.CONSENT, by, null, on);
    }

    /** The secretary writes the meeting in: the NGO's stance is their own, the municipality's from the minutes. */
    private static RecordMeeting meetingRecordedBySecretary() {
        return new RecordMeeting(
                ID,
                STEERING,
                MeetingKind.STEERING_GROUP,
                MEETING,
                List.of(new Attendee(SECRETARY, NGO), new Attendee(OLD_MAYOR, MUNICIPALITY)),
                List.of(),
                "Decision minutes",
                List.of(new ProposalPut(
                        CADENCE, List.of(consent(NGO, SECRETARY, MEETING), consent(MUNICIPALITY, OLD_MAYOR, MEETING)))),
                SECRETARY);
    }

    private TestExecutor<Partnership> adoptedAtTheMeeting() {
        return fixture.andGiven(
                new MeetingRecorded(
                        ID,
                        STEERING,
                        MeetingKind.STEERING_GROUP,
                        List.of(new Attendee(SECRETARY, NGO), new Attendee(OLD_MAYOR, MUNICIPALITY)),
                        List.of(),
                        "Decision minutes",
                        MEETING),
                new ProposalRecorded(ID, CADENCE, STEERING, MEETING),
                new StanceRecorded(ID, CADENCE.id(), consent(NGO, SECRETARY, MEETING)),
                new StanceRecorded(ID, CADENCE.id(), consent(MUNICIPALITY, OLD_MAYOR, MEETING), minutes()),
                new DecisionReached(ID, CADENCE.id(), Outcome.ADOPTED, MEETING));
    }

    @Test
    void aSignatureOnPaperIsRecordedAsSuchAndCountsTowardTheVersionTakingEffect() {
        fixture.andGiven(new AgreementSigned(ID, 1, HASH, NGO, NGO_SIGNATORY, SIGNED_ON_PAPER))
                .when(signedOnPaper(MUNICIPALITY, OLD_MAYOR, SIGNED_ON_PAPER))
                .expectEvents(
                        new AgreementSigned(
                                ID, 1, HASH, MUNICIPALITY, OLD_MAYOR, SIGNED_ON_PAPER, paper(SIGNED_ON_PAPER)),
                        new AgreementTookEffect(ID, 1, SIGNED_ON_PAPER));
    }

    @Test
    void aSignatureOnPaperCountsWhenItsSignatoryWasOneOnThePapersDateThoughReplacedSince() {
        fixture.andGiven(new RepresentativeReplaced(
                        ID, MUNICIPALITY, OLD_MAYOR, NEW_MAYOR, java.util.Set.of(Role.SIGNATORY), REPLACED))
                .when(signedOnPaper(MUNICIPALITY, OLD_MAYOR, SIGNED_ON_PAPER))
                .expectEvents(new AgreementSigned(
                        ID, 1, HASH, MUNICIPALITY, OLD_MAYOR, SIGNED_ON_PAPER, paper(SIGNED_ON_PAPER)));
    }

    @Test
    void aSignatureOnPaperBySomeoneNotYetASignatoryOnThePapersDateIsRefused() {
        fixture.andGiven(new RepresentativeReplaced(
                        ID, MUNICIPALITY, OLD_MAYOR, NEW_MAYOR, java.util.Set.of(Role.SIGNATORY), REPLACED))
                .when(signedOnPaper(MUNICIPALITY, NEW_MAYOR, SIGNED_ON_PAPER))
                .expectException(NotRepresentingOn.class)
                .expectExceptionMessage("Person new-mayor was not a signatory of partner " + MUNICIPALITY + " on "
                        + SIGNED_ON_PAPER + ", the date of the document");
    }

    @Test
    void aSignatureOnPaperIsDatedOnThePapersDate() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SignAgreement(
                        ID, MUNICIPALITY, 1, HASH, OLD_MAYOR, SIGNED_ON_PAPER, paper(SIGNED_ON_PAPER.plusDays(1))))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aStanceInALetterIsRecordedAsSuchAndSettlesTheDecision() {
        LocalDate letterDate = MEETING.plusDays(3);
        StanceGiven fromLetter = consent(MUNICIPALITY, OLD_MAYOR, letterDate);
        fixture.andGiven(
                        new ProposalRecorded(ID, CADENCE, null, MEETING),
                        new StanceRecorded(ID, CADENCE.id(), consent(NGO, SECRETARY, MEETING)))
                .when(new RecordStance(ID, CADENCE.id(), fromLetter, letter(letterDate)))
                .expectEvents(
                        new StanceRecorded(ID, CADENCE.id(), fromLetter, letter(letterDate)),
                        new DecisionReached(ID, CADENCE.id(), Outcome.ADOPTED, letterDate));
    }

    @Test
    void aStanceInALetterFromSomeoneWhoDidNotRepresentThePartnerOnItsDateIsRefused() {
        LocalDate letterDate = MEETING.plusDays(3);
        fixture.andGiven(new ProposalRecorded(ID, CADENCE, null, MEETING))
                .when(new RecordStance(
                        ID, CADENCE.id(), consent(MUNICIPALITY, NEW_MAYOR, letterDate), letter(letterDate)))
                .expectException(NotRepresentingOn.class);
    }

    @Test
    void stancesAMeetingsRecorderDidNotGiveAreRecordedFromTheMinutes() {
        fixture.when(meetingRecordedBySecretary())
                .expectEvents(
                        new MeetingRecorded(
                                ID,
                                STEERING,
                                MeetingKind.STEERING_GROUP,
                                List.of(new Attendee(SECRETARY, NGO), new Attendee(OLD_MAYOR, MUNICIPALITY)),
                                List.of(),
                                "Decision minutes",
                                MEETING),
                        new ProposalRecorded(ID, CADENCE, STEERING, MEETING),
                        new StanceRecorded(ID, CADENCE.id(), consent(NGO, SECRETARY, MEETING)),
                        new StanceRecorded(ID, CADENCE.id(), consent(MUNICIPALITY, OLD_MAYOR, MEETING), minutes()),
                        new DecisionReached(ID, CADENCE.id(), Outcome.ADOPTED, MEETING));
    }

    @Test
    void aContestedStanceMakesTheAdoptedDecisionPendingAgain() {
        LocalDate contested = MEETING.plusDays(5);
        adoptedAtTheMeeting()
                .when(new ContestStance(ID, CADENCE.id(), MUNICIPALITY, OLD_MAYOR, "We asked for time", contested))
                .expectEvents(
                        new StanceContested(ID, CADENCE.id(), MUNICIPALITY, OLD_MAYOR, "We asked for time", contested),
                        new DecisionReopened(ID, CADENCE.id(), Outcome.ADOPTED, contested));
    }

    @Test
    void afterAContestThePartnerAnswersItselfAndTheDecisionIsSettledAgain() {
        LocalDate contested = MEETING.plusDays(5);
        LocalDate answered = MEETING.plusDays(9);
        StanceGiven own = new StanceGiven(MUNICIPALITY, Stance.OBJECT, OLD_MAYOR, "Not every quarter", answered);
        adoptedAtTheMeeting()
                .andGiven(
                        new StanceContested(ID, CADENCE.id(), MUNICIPALITY, OLD_MAYOR, "We asked for time", contested),
                        new DecisionReopened(ID, CADENCE.id(), Outcome.ADOPTED, contested))
                .when(new RecordStance(ID, CADENCE.id(), own))
                .expectEvents(
                        new StanceRecorded(ID, CADENCE.id(), own),
                        new DecisionReached(ID, CADENCE.id(), Outcome.BLOCKED, answered));
    }

    @Test
    void aConfirmedStanceLeavesTheDecisionAsItIs() {
        adoptedAtTheMeeting()
                .when(new ConfirmStance(ID, CADENCE.id(), MUNICIPALITY, OLD_MAYOR, MEETING.plusDays(2)))
                .expectEvents(new StanceConfirmed(ID, CADENCE.id(), MUNICIPALITY, OLD_MAYOR, MEETING.plusDays(2)));
    }

    @Test
    void aConfirmedStanceCannotBeContestedAfterwards() {
        adoptedAtTheMeeting()
                .andGiven(new StanceConfirmed(ID, CADENCE.id(), MUNICIPALITY, OLD_MAYOR, MEETING.plusDays(2)))
                .when(new ContestStance(
                        ID, CADENCE.id(), MUNICIPALITY, OLD_MAYOR, "Changed my mind", MEETING.plusDays(3)))
                .expectException(AlreadyAnswered.class);
    }

    @Test
    void aRecordedStanceIsAnsweredOnlyWithinTheAnswerPeriod() {
        adoptedAtTheMeeting()
                .when(new ContestStance(ID, CADENCE.id(), MUNICIPALITY, OLD_MAYOR, "Too late", MEETING.plusDays(15)))
                .expectException(AnswerPeriodOver.class);
    }

    @Test
    void aStanceThePartnerGaveInTheLedgerIsNeitherConfirmedNorContested() {
        adoptedAtTheMeeting()
                .when(new ContestStance(ID, CADENCE.id(), NGO, NGO_SIGNATORY, "Not ours", MEETING.plusDays(1)))
                .expectException(NotRecordedOnBehalf.class);
    }

    @Test
    void onlyARepresentativeOfThePartnerAnswersForItsRecordedStance() {
        adoptedAtTheMeeting()
                .when(new ContestStance(ID, CADENCE.id(), MUNICIPALITY, SECRETARY, "Not theirs", MEETING.plusDays(1)))
                .expectException(DoesNotRepresent.class);
    }
}
