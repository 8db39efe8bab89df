package org.partnershipledger.core.partnership;

import static org.partnershipledger.core.partnership.KnownPartners.FREDERIKSBERG_KOMMUNE;
import static org.partnershipledger.core.partnership.KnownPartners.FREDERIKSBERG_POLITI;
import static org.partnershipledger.core.partnership.KnownPartners.MODREHJAELPEN;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.decision.Attendee;
import org.partnershipledger.core.decision.DecisionNotAdoptedException;
import org.partnershipledger.core.decision.MeetingAlreadyRecordedException;
import org.partnershipledger.core.decision.MeetingId;
import org.partnershipledger.core.decision.MeetingKind;
import org.partnershipledger.core.decision.MinutesUnchangedException;
import org.partnershipledger.core.decision.Outcome;
import org.partnershipledger.core.decision.PredatesMeetingException;
import org.partnershipledger.core.decision.PredatesProposalException;
import org.partnershipledger.core.decision.Proposal;
import org.partnershipledger.core.decision.ProposalAlreadyRecordedException;
import org.partnershipledger.core.decision.ProposalId;
import org.partnershipledger.core.decision.ProposalPut;
import org.partnershipledger.core.decision.ProposalSettledException;
import org.partnershipledger.core.decision.Stance;
import org.partnershipledger.core.decision.StanceAlreadyGivenException;
import org.partnershipledger.core.decision.StanceGiven;
import org.partnershipledger.core.decision.UnknownMeetingException;
import org.partnershipledger.core.decision.UnknownProposalException;
import org.partnershipledger.core.partnership.PartnershipRules.AlreadyAPartner;
import org.partnershipledger.core.partnership.PartnershipRules.DoesNotRepresent;

class DecisionsInAgreementTest {

    private static final PartnershipId ID = new PartnershipId("violence-against-women");
    private static final LocalDate FORMED = LocalDate.of(2003, 8, 15);
    private static final LocalDate MEETING = LocalDate.of(2004, 3, 10);
    private static final LocalDate LATER = LocalDate.of(2004, 3, 20);
    private static final PartnerId NGO = MODREHJAELPEN.id();
    private static final PartnerId MUNICIPALITY = FREDERIKSBERG_KOMMUNE.id();
    private static final PartnerId POLICE = FREDERIKSBERG_POLITI.id();
    private static final PersonId ANNE = new PersonId("anne");
    private static final PersonId MADS = new PersonId("mads");
    private static final PersonId PER = new PersonId("per");
    private static final MeetingId STEERING = new MeetingId("steering-2004-03");
    private static final Proposal CADENCE =
            new Proposal(new ProposalId("cadence"), "Meet four times a year", NGO, null);

    private TestExecutor<Partnership> fixture;

    @BeforeEach
    void setUp() {
        FixtureConfiguration<Partnership> configuration = new AggregateTestFixture<>(Partnership.class);
        fixture = configuration.given(
                new PartnershipFormed(
                        ID,
                        "Violence against women",
                        "Help",
                        FORMED,
                        List.of(MODREHJAELPEN, FREDERIKSBERG_KOMMUNE, FREDERIKSBERG_POLITI)),
                appointed(ANNE, NGO),
                appointed(MADS, MUNICIPALITY),
                appointed(PER, POLICE));
    }

    private static RepresentativeAppointed appointed(PersonId person, PartnerId partner) {
        return new RepresentativeAppointed(ID, person, partner, Role.STEERING_GROUP, FORMED);
    }

    private static StanceGiven stance(PartnerId partner, Stance stance, PersonId by) {
        return new StanceGiven(partner, stance, by, null, MEETING);
    }

    private static List<Attendee> allThree() {
        return List.of(new Attendee(ANNE, NGO), new Attendee(MADS, MUNICIPALITY), new Attendee(PER, POLICE));
    }

    private static RecordMeeting meeting(List<Attendee> attendees, StanceGiven... stances) {
        return new RecordMeeting(
                ID,
                STEERING,
                MeetingKind.STEERING_GROUP,
                MEETING,
                attendees,
                List.of("Cadence"),
                "Decision minutes",
                List.of(new ProposalPut(CADENCE, List.of(stances))));
    }

    private static MeetingRecorded recorded(List<Attendee> attendees) {
        return new MeetingRecorded(
                ID, STEERING, MeetingKind.STEERING_GROUP, attendees, List.of("Cadence"), "Decision minutes", MEETING);
    }

    @Test
    void aProposalEveryPartnerConsentsToIsAdoptedAtTheMeeting() {
        StanceGiven[] stances = {
            stance(NGO, Stance.CONSENT, ANNE),
            stance(MUNICIPALITY, Stance.CONSENT, MADS),
            stance(POLICE, Stance.ABSTAIN, PER)
        };
        fixture.when(meeting(allThree(), stances))
                .expectEvents(
                        recorded(allThree()),
                        new ProposalRecorded(ID, CADENCE, STEERING, MEETING),
                        new StanceRecorded(ID, CADENCE.id(), stances[0]),
                        new StanceRecorded(ID, CADENCE.id(), stances[1]),
                        new StanceRecorded(ID, CADENCE.id(), stances[2]),
                        new DecisionReached(ID, CADENCE.id(), Outcome.ADOPTED, MEETING));
    }

    @Test
    void oneObjectionBlocksTheDecision() {
        StanceGiven[] stances = {
            stance(NGO, Stance.CONSENT, ANNE),
            stance(MUNICIPALITY, Stance.OBJECT, MADS),
            stance(POLICE, Stance.CONSENT, PER)
        };
        fixture.when(meeting(allThree(), stances))
                .expectEvents(
                        recorded(allThree()),
                        new ProposalRecorded(ID, CADENCE, STEERING, MEETING),
                        new StanceRecorded(ID, CADENCE.id(), stances[0]),
                        new StanceRecorded(ID, CADENCE.id(), stances[1]),
                        new StanceRecorded(ID, CADENCE.id(), stances[2]),
                        new DecisionReached(ID, CADENCE.id(), Outcome.BLOCKED, MEETING));
    }

    @Test
    void aDecisionStaysPendingWhileAnAbsentPartnerHasNotAnswered() {
        List<Attendee> withoutPolice = List.of(new Attendee(ANNE, NGO), new Attendee(MADS, MUNICIPALITY));
        StanceGiven[] stances = {stance(NGO, Stance.CONSENT, ANNE), stance(MUNICIPALITY, Stance.CONSENT, MADS)};

        fixture.when(meeting(withoutPolice, stances))
                .expectEvents(
                        recorded(withoutPolice),
                        new ProposalRecorded(ID, CADENCE, STEERING, MEETING),
                        new StanceRecorded(ID, CADENCE.id(), stances[0]),
                        new StanceRecorded(ID, CADENCE.id(), stances[1]));
    }

    @Test
    void anAbsentPartnerAnswersInWritingAndSettlesTheDecision() {
        List<Attendee> withoutPolice = List.of(new Attendee(ANNE, NGO), new Attendee(MADS, MUNICIPALITY));
        StanceGiven written = new StanceGiven(POLICE, Stance.CONSENT, PER, "By e-mail", LATER);

        fixture.andGiven(
                        recorded(withoutPolice),
                        new ProposalRecorded(ID, CADENCE, STEERING, MEETING),
                        new StanceRecorded(ID, CADENCE.id(), stance(NGO, Stance.CONSENT, ANNE)),
                        new StanceRecorded(ID, CADENCE.id(), stance(MUNICIPALITY, Stance.CONSENT, MADS)))
                .when(new RecordStance(ID, CADENCE.id(), written))
                .expectEvents(
                        new StanceRecorded(ID, CADENCE.id(), written),
                        new DecisionReached(ID, CADENCE.id(), Outcome.ADOPTED, LATER));
    }

    @Test
    void aStanceIsTakenOnlyByARepresentativeOfThatPartner() {
        fixture.when(new RecordStance(ID, CADENCE.id(), new StanceGiven(POLICE, Stance.CONSENT, ANNE, null, LATER)))
                .expectException(DoesNotRepresent.class);
    }

    @Test
    void aPersonAttendsForAPartnerOnlyIfTheyRepresentIt() {
        List<Attendee> impostor = List.of(new Attendee(ANNE, POLICE));

        fixture.when(meeting(impostor)).expectException(DoesNotRepresent.class);
    }

    @Test
    void aPartnerTakesOneStanceWhateverTheNumberOfItsRepresentatives() {
        PersonId birgit = new PersonId("birgit");
        fixture.andGiven(
                        appointed(birgit, NGO),
                        recorded(List.of(new Attendee(ANNE, NGO))),
                        new ProposalRecorded(ID, CADENCE, STEERING, MEETING),
                        new StanceRecorded(ID, CADENCE.id(), stance(NGO, Stance.CONSENT, ANNE)))
                .when(new RecordStance(ID, CADENCE.id(), new StanceGiven(NGO, Stance.OBJECT, birgit, null, LATER)))
                .expectException(StanceAlreadyGivenException.class);
    }

    @Test
    void aPendingProposalIsWithdrawn() {
        fixture.andGiven(recorded(allThree()), new ProposalRecorded(ID, CADENCE, STEERING, MEETING))
                .when(new RetractProposal(ID, CADENCE.id(), "Overtaken by events", LATER))
                .expectEvents(new ProposalRetracted(ID, CADENCE.id(), "Overtaken by events", LATER));
    }

    @Test
    void minutesAreCorrectedByANewVersion() {
        fixture.andGiven(recorded(allThree()))
                .when(new CorrectMinutes(ID, STEERING, "Decision minutes, corrected", LATER))
                .expectEvents(new MinutesCorrected(ID, STEERING, "Decision minutes, corrected", LATER));
    }

    @Test
    void aNewPartnerIsAdmittedByADecisionInAgreement() {
        Partner aarhus = new Partner(new PartnerId("aarhus"), "Aarhus Kommune", Sector.PUBLIC);
        Proposal admit = new Proposal(new ProposalId("admit-aarhus"), "Admit Aarhus Kommune", NGO, null);

        fixture.andGiven(
                        recorded(allThree()),
                        new ProposalRecorded(ID, admit, STEERING, MEETING),
                        new DecisionReached(ID, admit.id(), Outcome.ADOPTED, MEETING))
                .when(new AdmitPartner(ID, aarhus, admit.id(), LATER))
                .expectEvents(new PartnerAdmitted(ID, aarhus, admit.id(), LATER));
    }

    @Test
    void noPartnerIsAdmittedWithoutAnAdoptedDecision() {
        Partner aarhus = new Partner(new PartnerId("aarhus"), "Aarhus Kommune", Sector.PUBLIC);
        Proposal admit = new Proposal(new ProposalId("admit-aarhus"), "Admit Aarhus Kommune", NGO, null);

        fixture.andGiven(
                        recorded(allThree()),
                        new ProposalRecorded(ID, admit, STEERING, MEETING),
                        new DecisionReached(ID, admit.id(), Outcome.BLOCKED, MEETING))
                .when(new AdmitPartner(ID, aarhus, admit.id(), LATER))
                .expectException(DecisionNotAdoptedException.class);
    }

    @Test
    void anOrganisationThatIsAlreadyAPartnerIsNotAdmittedAgain() {
        Partner again = new Partner(new PartnerId("again"), "Mødrehjælpen", Sector.VOLUNTARY);
        Proposal admit = new Proposal(new ProposalId("admit-again"), "Admit Mødrehjælpen", NGO, null);

        fixture.andGiven(
                        recorded(allThree()),
                        new ProposalRecorded(ID, admit, STEERING, MEETING),
                        new DecisionReached(ID, admit.id(), Outcome.ADOPTED, MEETING))
                .when(new AdmitPartner(ID, again, admit.id(), LATER))
                .expectException(AlreadyAPartner.class);
    }

    @Test
    void whenAPartnerThatHadNotAnsweredLeavesThePendingDecisionIsDecidedByThoseWhoRemain() {
        fixture.andGiven(
                        recorded(allThree()),
                        new ProposalRecorded(ID, CADENCE, STEERING, MEETING),
                        new StanceRecorded(ID, CADENCE.id(), stance(NGO, Stance.CONSENT, ANNE)),
                        new StanceRecorded(ID, CADENCE.id(), stance(MUNICIPALITY, Stance.CONSENT, MADS)))
                .when(new WithdrawPartner(ID, POLICE, "Reorganised", LATER))
                .expectEvents(
                        new PartnerWithdrew(ID, POLICE, "Reorganised", LATER, LATER),
                        new DecisionReached(ID, CADENCE.id(), Outcome.ADOPTED, LATER));
    }

    @Test
    void aMeetingIsRecordedOnce() {
        fixture.andGiven(recorded(allThree()))
                .when(meeting(allThree()))
                .expectException(MeetingAlreadyRecordedException.class);
    }

    @Test
    void aProposalIsPutOnce() {
        Proposal again = new Proposal(CADENCE.id(), "Meet monthly", NGO, null);
        fixture.andGiven(
                        new MeetingRecorded(
                                ID,
                                new MeetingId("earlier"),
                                MeetingKind.STEERING_GROUP,
                                allThree(),
                                List.of(),
                                "",
                                MEETING),
                        new ProposalRecorded(ID, CADENCE, new MeetingId("earlier"), MEETING))
                .when(new RecordMeeting(
                        ID,
                        STEERING,
                        MeetingKind.STEERING_GROUP,
                        MEETING,
                        allThree(),
                        List.of(),
                        "",
                        List.of(new ProposalPut(again, List.of()))))
                .expectException(ProposalAlreadyRecordedException.class);
    }

    @Test
    void aSettledDecisionTakesNoMoreStances() {
        fixture.andGiven(
                        recorded(allThree()),
                        new ProposalRecorded(ID, CADENCE, STEERING, MEETING),
                        new StanceRecorded(ID, CADENCE.id(), stance(MUNICIPALITY, Stance.OBJECT, MADS)),
                        new DecisionReached(ID, CADENCE.id(), Outcome.BLOCKED, MEETING))
                .when(new RecordStance(ID, CADENCE.id(), new StanceGiven(POLICE, Stance.CONSENT, PER, null, LATER)))
                .expectException(ProposalSettledException.class);
    }

    @Test
    void aStanceOnAnUnknownProposalIsRefused() {
        fixture.when(new RecordStance(
                        ID, new ProposalId("never-put"), new StanceGiven(POLICE, Stance.CONSENT, PER, null, LATER)))
                .expectException(UnknownProposalException.class);
    }

    @Test
    void aStanceCannotPredateTheProposal() {
        fixture.andGiven(recorded(allThree()), new ProposalRecorded(ID, CADENCE, STEERING, MEETING))
                .when(new RecordStance(
                        ID, CADENCE.id(), new StanceGiven(POLICE, Stance.CONSENT, PER, null, MEETING.minusDays(1))))
                .expectException(PredatesProposalException.class);
    }

    @Test
    void aSettledProposalCannotBeWithdrawn() {
        fixture.andGiven(
                        recorded(allThree()),
                        new ProposalRecorded(ID, CADENCE, STEERING, MEETING),
                        new DecisionReached(ID, CADENCE.id(), Outcome.ADOPTED, MEETING))
                .when(new RetractProposal(ID, CADENCE.id(), "Too late", LATER))
                .expectException(ProposalSettledException.class);
    }

    @Test
    void minutesOfAnUnknownMeetingCannotBeCorrected() {
        fixture.when(new CorrectMinutes(ID, new MeetingId("never-held"), "Minutes", LATER))
                .expectException(UnknownMeetingException.class);
    }

    @Test
    void aCorrectionMustChangeTheMinutes() {
        fixture.andGiven(recorded(allThree()))
                .when(new CorrectMinutes(ID, STEERING, "Decision minutes", LATER))
                .expectException(MinutesUnchangedException.class);
    }

    @Test
    void aCorrectionCannotPredateTheMeeting() {
        fixture.andGiven(recorded(allThree()))
                .when(new CorrectMinutes(ID, STEERING, "Other minutes", MEETING.minusDays(1)))
                .expectException(PredatesMeetingException.class);
    }
}
