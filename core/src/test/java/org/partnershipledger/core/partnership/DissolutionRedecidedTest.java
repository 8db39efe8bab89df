package org.partnershipledger.core.partnership;

import static org.partnershipledger.core.partnership.KnownPartners.FREDERIKSBERG_KOMMUNE;
import static org.partnershipledger.core.partnership.KnownPartners.FREDERIKSBERG_POLITI;
import static org.partnershipledger.core.partnership.KnownPartners.MODREHJAELPEN;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.decision.Outcome;
import org.partnershipledger.core.decision.Proposal;
import org.partnershipledger.core.decision.ProposalId;
import org.partnershipledger.core.partnership.PartnershipRules.PartnershipEnded;

/**
 * A dissolution is decided when the notice that causes it is given, for the day the notice runs out; until
 * that day comes, an admission or another notice decides it again, as new events.
 */
class DissolutionRedecidedTest {

    private static final PartnershipId ID = new PartnershipId("greenlanders-in-esbjerg");
    private static final LocalDate FORMED = LocalDate.of(2003, 3, 1);
    private static final LocalDate NOTICE = LocalDate.of(2004, 6, 1);
    private static final LocalDate LEAVES = NOTICE.plusMonths(3);
    private static final LocalDate ADMITTED = NOTICE.plusMonths(1);
    private static final PartnerId NGO = MODREHJAELPEN.id();
    private static final PartnerId MUNICIPALITY = FREDERIKSBERG_KOMMUNE.id();
    private static final Partner NEWCOMER =
            new Partner(new PartnerId("esbjerg-politi"), "Esbjerg Politi", Sector.PUBLIC);
    private static final ProposalId ADMISSION = new ProposalId("admit-esbjerg-politi");
    private static final String FEWER_THAN_TWO = "Fewer than two partners remain";

    private FixtureConfiguration<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Partnership.class);
    }

    private static PartnershipFormed formedBy(List<Partner> partners) {
        return new PartnershipFormed(ID, "Greenlanders in Esbjerg", "Well-being", FORMED, partners);
    }

    /** Two partners, one of which gave three months' notice: the partnership is to dissolve when it runs out. */
    private static List<PartnershipEvent> noticeLeavingOne() {
        return List.of(
                formedBy(KnownPartners.TWO),
                new PartnerWithdrew(ID, MUNICIPALITY, "Budget cuts", NOTICE, LEAVES),
                new PartnershipDissolved(ID, FEWER_THAN_TWO, LEAVES));
    }

    private static List<PartnershipEvent> admissionAdopted() {
        return List.of(
                new ProposalRecorded(ID, new Proposal(ADMISSION, "Admit Esbjerg Politi", NGO, null), null, ADMITTED),
                new DecisionReached(ID, ADMISSION, Outcome.ADOPTED, ADMITTED));
    }

    @Test
    void aPartnerAdmittedBeforeTheNoticeRunsOutCancelsThePendingDissolution() {
        fixture.given(noticeLeavingOne())
                .andGiven(admissionAdopted())
                .when(new AdmitPartner(ID, NEWCOMER, ADMISSION, ADMITTED))
                .expectEvents(
                        new PartnerAdmitted(ID, NEWCOMER, ADMISSION, ADMITTED),
                        new DissolutionCancelled(ID, LEAVES, "Two or more partners remain", ADMITTED));
    }

    @Test
    void aPartnershipWhoseDissolutionWasCancelledGoesOnPastTheDay() {
        PersonId newcomer = new PersonId("police-lead");
        LocalDate later = LEAVES.plusMonths(1);
        fixture.given(noticeLeavingOne())
                .andGiven(admissionAdopted())
                .andGiven(
                        new PartnerAdmitted(ID, NEWCOMER, ADMISSION, ADMITTED),
                        new DissolutionCancelled(ID, LEAVES, "Two or more partners remain", ADMITTED))
                .when(new AppointRepresentative(ID, newcomer, NEWCOMER.id(), Role.STEERING_GROUP, later))
                .expectEvents(new RepresentativeAppointed(ID, newcomer, NEWCOMER.id(), Role.STEERING_GROUP, later));
    }

    @Test
    void withoutACancellationNothingIsRecordedOnTheDayThePartnershipDissolves() {
        fixture.given(noticeLeavingOne())
                .when(new AppointRepresentative(ID, new PersonId("late"), NGO, Role.STEERING_GROUP, LEAVES))
                .expectException(PartnershipEnded.class);
    }

    @Test
    void aNoticeThatRunsOutSoonerBringsThePendingDissolutionForward() {
        LocalDate sooner = NOTICE.plusMonths(1);
        // No agreement is in force in this history, so the second notice takes effect at once.
        fixture.given(noticeLeavingOne())
                .when(new WithdrawPartner(ID, NGO, "Merged", sooner))
                .expectEvents(
                        new PartnerWithdrew(ID, NGO, "Merged", sooner, sooner),
                        new PartnershipDissolved(ID, FEWER_THAN_TWO, sooner));
    }

    @Test
    void aNoticeDatedBeforeOneAlreadyGivenDissolvesThePartnershipWhenTheLastButOneLeaves() {
        LocalDate earlier = NOTICE.minusMonths(1);
        fixture.given(
                        formedBy(List.of(MODREHJAELPEN, FREDERIKSBERG_KOMMUNE, FREDERIKSBERG_POLITI)),
                        new PartnerWithdrew(ID, MUNICIPALITY, "Budget cuts", NOTICE, LEAVES))
                .when(new WithdrawPartner(ID, FREDERIKSBERG_POLITI.id(), "Reorganised", earlier))
                .expectEvents(
                        new PartnerWithdrew(ID, FREDERIKSBERG_POLITI.id(), "Reorganised", earlier, earlier),
                        new PartnershipDissolved(ID, FEWER_THAN_TWO, LEAVES));
    }

    @Test
    void anAdmissionWithNoDissolutionPendingRecordsOnlyTheAdmission() {
        fixture.given(formedBy(KnownPartners.TWO))
                .andGiven(admissionAdopted())
                .when(new AdmitPartner(ID, NEWCOMER, ADMISSION, ADMITTED))
                .expectEvents(new PartnerAdmitted(ID, NEWCOMER, ADMISSION, ADMITTED));
    }
}
