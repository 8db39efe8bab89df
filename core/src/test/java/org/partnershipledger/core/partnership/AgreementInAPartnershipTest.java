package org.partnershipledger.core.partnership;

import static org.hamcrest.Matchers.containsString;
import static org.partnershipledger.core.agreement.AgreementDraft.ESBJERG_KOMMUNE;
import static org.partnershipledger.core.agreement.AgreementDraft.SIGNED_IN_ESBJERG;
import static org.partnershipledger.core.agreement.AgreementDraft.VINDROSEN;

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
import org.partnershipledger.core.agreement.AgreementContent;
import org.partnershipledger.core.agreement.AgreementDraft;
import org.partnershipledger.core.agreement.ContentHash;
import org.partnershipledger.core.agreement.ContentHashMismatchException;
import org.partnershipledger.core.agreement.SignaturePredatesVersionException;
import org.partnershipledger.core.agreement.Term;
import org.partnershipledger.core.agreement.UnknownVersionException;
import org.partnershipledger.core.agreement.VersionAlreadySignedException;
import org.partnershipledger.core.agreement.VersionSupersededException;
import org.partnershipledger.core.agreement.VersionUnchangedException;
import org.partnershipledger.core.conflict.ConflictCategory;
import org.partnershipledger.core.conflict.ConflictId;
import org.partnershipledger.core.conflict.MediatorRef;
import org.partnershipledger.core.decision.Outcome;
import org.partnershipledger.core.decision.Proposal;
import org.partnershipledger.core.decision.ProposalId;
import org.partnershipledger.core.partnership.ClosePartnership.ClosingReason;
import org.partnershipledger.core.partnership.PartnershipRules.NotAPartner;
import org.partnershipledger.core.partnership.PartnershipRules.NotASignatory;
import org.partnershipledger.core.partnership.PartnershipRules.PartnershipEnded;
import org.partnershipledger.core.partnership.PartnershipRules.SignaturePredatesMembership;
import org.partnershipledger.core.partnership.PartnershipRules.TermNotEnded;

class AgreementInAPartnershipTest {

    private static final PartnershipId ID = new PartnershipId("greenlanders-in-esbjerg");
    private static final LocalDate FIRST_MEETING = LocalDate.of(2003, 3, 1);
    private static final LocalDate DRAFTED = LocalDate.of(2004, 1, 15);
    private static final PersonId SIGNS_FOR_VINDROSEN = new PersonId("signs-for-vindrosen");
    private static final PersonId SIGNS_FOR_ESBJERG = new PersonId("signs-for-esbjerg");
    private static final AgreementContent FIRST = AgreementDraft.greenlandersInEsbjerg();
    private static final ContentHash FIRST_HASH = ContentHash.of(FIRST);
    private static final AgreementContent AMENDED = new AgreementDraft()
            .term(new Term(SIGNED_IN_ESBJERG, LocalDate.of(2007, 12, 31)))
            .content();
    private static final ContentHash AMENDED_HASH = ContentHash.of(AMENDED);

    private TestExecutor<Partnership> fixture;

    @BeforeEach
    void setUp() {
        FixtureConfiguration<Partnership> configuration = new AggregateTestFixture<>(Partnership.class);
        fixture = configuration.given(
                new PartnershipFormed(
                        ID,
                        "Greenlanders in Esbjerg",
                        "Well-being",
                        FIRST_MEETING,
                        List.of(
                                new Partner(VINDROSEN, "Vindrosen", Sector.VOLUNTARY),
                                new Partner(ESBJERG_KOMMUNE, "Esbjerg Kommune", Sector.PUBLIC))),
                new RepresentativeAppointed(ID, SIGNS_FOR_VINDROSEN, VINDROSEN, Role.SIGNATORY, FIRST_MEETING),
                new RepresentativeAppointed(ID, SIGNS_FOR_ESBJERG, ESBJERG_KOMMUNE, Role.SIGNATORY, FIRST_MEETING));
    }

    private static AgreementProposed proposed(int version, AgreementContent content, ContentHash hash) {
        return new AgreementProposed(ID, version, content, hash, VINDROSEN, DRAFTED);
    }

    private static AgreementSigned signed(int version, ContentHash hash, PartnerId partner, PersonId by) {
        return new AgreementSigned(ID, version, hash, partner, by, SIGNED_IN_ESBJERG);
    }

    private static SignAgreement sign(int version, ContentHash hash, PartnerId partner, PersonId by) {
        return new SignAgreement(ID, partner, version, hash, by, SIGNED_IN_ESBJERG);
    }

    private TestExecutor<Partnership> inForce() {
        return fixture.andGiven(
                proposed(1, FIRST, FIRST_HASH),
                signed(1, FIRST_HASH, VINDROSEN, SIGNS_FOR_VINDROSEN),
                signed(1, FIRST_HASH, ESBJERG_KOMMUNE, SIGNS_FOR_ESBJERG),
                new AgreementTookEffect(ID, 1, SIGNED_IN_ESBJERG));
    }

    @Test
    void aProposedVersionGetsANumberAndTheHashOfItsContent() {
        fixture.when(new ProposeAgreement(ID, FIRST, VINDROSEN, DRAFTED)).expectEvents(proposed(1, FIRST, FIRST_HASH));
    }

    @Test
    void onlyAPartnerProposesAVersion() {
        fixture.when(new ProposeAgreement(ID, FIRST, new PartnerId("stranger"), DRAFTED))
                .expectException(NotAPartner.class);
    }

    @Test
    void aSignatureThatIsNotTheLastLeavesTheVersionWaiting() {
        fixture.andGiven(proposed(1, FIRST, FIRST_HASH))
                .when(sign(1, FIRST_HASH, VINDROSEN, SIGNS_FOR_VINDROSEN))
                .expectEvents(signed(1, FIRST_HASH, VINDROSEN, SIGNS_FOR_VINDROSEN));
    }

    @Test
    void theLastSignatureOfTheCurrentPartnersPutsTheVersionInForce() {
        fixture.andGiven(proposed(1, FIRST, FIRST_HASH), signed(1, FIRST_HASH, VINDROSEN, SIGNS_FOR_VINDROSEN))
                .when(sign(1, FIRST_HASH, ESBJERG_KOMMUNE, SIGNS_FOR_ESBJERG))
                .expectEvents(
                        signed(1, FIRST_HASH, ESBJERG_KOMMUNE, SIGNS_FOR_ESBJERG),
                        new AgreementTookEffect(ID, 1, SIGNED_IN_ESBJERG));
    }

    @Test
    void onlyASignatoryOfThePartnerSignsForIt() {
        fixture.andGiven(proposed(1, FIRST, FIRST_HASH))
                .when(sign(1, FIRST_HASH, VINDROSEN, SIGNS_FOR_ESBJERG))
                .expectException(NotASignatory.class);
    }

    @Test
    void signingATextOtherThanTheVersionIsRefused() {
        fixture.andGiven(proposed(1, FIRST, FIRST_HASH))
                .when(sign(1, AMENDED_HASH, VINDROSEN, SIGNS_FOR_VINDROSEN))
                .expectException(ContentHashMismatchException.class);
    }

    @Test
    void signingASupersededVersionIsRefused() {
        fixture.andGiven(proposed(1, FIRST, FIRST_HASH), proposed(2, AMENDED, AMENDED_HASH))
                .when(sign(1, FIRST_HASH, VINDROSEN, SIGNS_FOR_VINDROSEN))
                .expectException(VersionSupersededException.class);
    }

    @Test
    void aSignatureDatedBeforeTheVersionWasProposedIsRefused() {
        fixture.andGiven(proposed(1, FIRST, FIRST_HASH))
                .when(new SignAgreement(ID, VINDROSEN, 1, FIRST_HASH, SIGNS_FOR_VINDROSEN, DRAFTED.minusWeeks(2)))
                .expectException(SignaturePredatesVersionException.class)
                .expectExceptionMessage(containsString("proposed on " + DRAFTED));
    }

    @Test
    void aSignatureDatedBeforeThePartnerJoinedIsRefused() {
        PartnerId police = new PartnerId("esbjerg-politi");
        PersonId signsForPolice = new PersonId("signs-for-police");
        LocalDate admitted = SIGNED_IN_ESBJERG.plusMonths(6);
        ProposalId admission = new ProposalId("admit-police");
        inForce()
                .andGiven(
                        new ProposalRecorded(
                                ID, new Proposal(admission, "Admit the police", VINDROSEN, null), null, admitted),
                        new DecisionReached(ID, admission, Outcome.ADOPTED, admitted),
                        new PartnerAdmitted(
                                ID, new Partner(police, "Esbjerg Politi", Sector.PUBLIC), admission, admitted),
                        new RepresentativeAppointed(ID, signsForPolice, police, Role.SIGNATORY, admitted))
                .when(new SignAgreement(ID, police, 1, FIRST_HASH, signsForPolice, admitted.minusDays(1)))
                .expectException(SignaturePredatesMembership.class)
                .expectExceptionMessage(containsString("joined the partnership on " + admitted));
    }

    @Test
    void aPartnerSignsAVersionOnce() {
        fixture.andGiven(proposed(1, FIRST, FIRST_HASH), signed(1, FIRST_HASH, VINDROSEN, SIGNS_FOR_VINDROSEN))
                .when(sign(1, FIRST_HASH, VINDROSEN, SIGNS_FOR_VINDROSEN))
                .expectException(VersionAlreadySignedException.class);
    }

    @Test
    void onlyAPartnerSigns() {
        fixture.andGiven(proposed(1, FIRST, FIRST_HASH))
                .when(sign(1, FIRST_HASH, new PartnerId("stranger"), SIGNS_FOR_VINDROSEN))
                .expectException(NotAPartner.class);
    }

    @Test
    void anAmendmentTakesEffectOnlyWhenEveryPartnerHasSignedIt() {
        inForce()
                .andGiven(proposed(2, AMENDED, AMENDED_HASH))
                .when(sign(2, AMENDED_HASH, VINDROSEN, SIGNS_FOR_VINDROSEN))
                .expectEvents(signed(2, AMENDED_HASH, VINDROSEN, SIGNS_FOR_VINDROSEN));
    }

    @Test
    void withAnAgreementInForceAWithdrawalTakesEffectWhenTheNoticeHasRun() {
        LocalDate notice = LocalDate.of(2005, 1, 10);
        inForce()
                .when(new WithdrawPartner(ID, ESBJERG_KOMMUNE, "Budget cuts", notice))
                .expectEvents(
                        new PartnerWithdrew(ID, ESBJERG_KOMMUNE, "Budget cuts", notice, notice.plusMonths(3)),
                        new PartnershipDissolved(ID, "Fewer than two partners remain", notice.plusMonths(3)));
    }

    @Test
    void duringTheNoticePeriodTheLeavingPartnerIsStillAPartner() {
        LocalDate notice = LocalDate.of(2005, 1, 10);
        PersonId newSecretary = new PersonId("secretary");
        inForce()
                .andGiven(new PartnerWithdrew(ID, ESBJERG_KOMMUNE, "Budget cuts", notice, notice.plusMonths(3)))
                .when(new AppointRepresentative(
                        ID, newSecretary, ESBJERG_KOMMUNE, Role.SECRETARY, notice.plusMonths(1)))
                .expectEvents(new RepresentativeAppointed(
                        ID, newSecretary, ESBJERG_KOMMUNE, Role.SECRETARY, notice.plusMonths(1)));
    }

    @Test
    void aConflictIsEscalatedToTheMediatorNamedInTheAgreement() {
        ConflictId conflict = new ConflictId("reading");
        LocalDate raised = LocalDate.of(2004, 9, 1);
        inForce()
                .andGiven(new ConflictRaised(
                        ID,
                        conflict,
                        VINDROSEN,
                        List.of(ESBJERG_KOMMUNE),
                        "Reading",
                        "d",
                        ConflictCategory.AGREEMENT_READING,
                        raised))
                .when(new EscalateConflict(ID, conflict, null, raised.plusWeeks(2)))
                .expectEvents(new ConflictEscalated(
                        ID,
                        conflict,
                        new MediatorRef("Centre for Conflict Resolution", "Center for Konfliktløsning"),
                        raised.plusWeeks(2)));
    }

    @Test
    void aPartnershipIsClosedAtTheEndOfTheTermOfItsAgreement() {
        LocalDate termEnded = LocalDate.of(2006, 12, 31);
        inForce()
                .when(new ClosePartnership(ID, ClosingReason.TERM_ENDED, null, termEnded))
                .expectEvents(new PartnershipClosed(ID, ClosingReason.TERM_ENDED, null, termEnded));
    }

    @Test
    void aPartnershipIsNotClosedForAnEndedTermBeforeTheTermEnds() {
        inForce()
                .when(new ClosePartnership(ID, ClosingReason.TERM_ENDED, null, LocalDate.of(2005, 6, 1)))
                .expectException(TermNotEnded.class);
    }

    @Test
    void nothingIsRecordedOnAClosedPartnership() {
        LocalDate termEnded = LocalDate.of(2006, 12, 31);
        inForce()
                .andGiven(new PartnershipClosed(ID, ClosingReason.TERM_ENDED, null, termEnded))
                .when(new ProposeAgreement(ID, AMENDED, VINDROSEN, termEnded.plusDays(1)))
                .expectException(PartnershipEnded.class);
    }

    @Test
    void signingAVersionThatWasNeverProposedIsRefused() {
        fixture.andGiven(proposed(1, FIRST, FIRST_HASH))
                .when(sign(7, FIRST_HASH, VINDROSEN, SIGNS_FOR_VINDROSEN))
                .expectException(UnknownVersionException.class);
    }

    @Test
    void proposingTheLatestTextAgainIsRefused() {
        fixture.andGiven(proposed(1, FIRST, FIRST_HASH))
                .when(new ProposeAgreement(ID, FIRST, ESBJERG_KOMMUNE, DRAFTED))
                .expectException(VersionUnchangedException.class);
    }
}
