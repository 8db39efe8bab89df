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
import org.partnershipledger.core.partnership.PartnershipRules.AlreadyWithdrawing;
import org.partnershipledger.core.partnership.PartnershipRules.NotAPartner;
import org.partnershipledger.core.partnership.PartnershipRules.PartnershipEnded;

class WithdrawalTest {

    private static final PartnershipId ID = new PartnershipId("older-peoples-well-being");
    private static final LocalDate FIRST_MEETING = LocalDate.of(2003, 1, 10);
    private static final LocalDate DISAGREED = LocalDate.of(2003, 2, 14);
    private static final PartnerId NGO = MODREHJAELPEN.id();
    private static final PartnerId MUNICIPALITY = FREDERIKSBERG_KOMMUNE.id();
    private static final PartnerId SPORTS = FREDERIKSBERG_POLITI.id();

    private FixtureConfiguration<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Partnership.class);
    }

    private static PartnershipFormed formedByThree() {
        return new PartnershipFormed(
                ID,
                "Older people's well-being",
                "Well-being",
                FIRST_MEETING,
                List.of(MODREHJAELPEN, FREDERIKSBERG_KOMMUNE, FREDERIKSBERG_POLITI));
    }

    @Test
    void withoutAnAgreementInForceAWithdrawalTakesEffectAtOnce() {
        fixture.given(formedByThree())
                .when(new WithdrawPartner(ID, SPORTS, "Disagreed on focus", DISAGREED))
                .expectEvents(new PartnerWithdrew(ID, SPORTS, "Disagreed on focus", DISAGREED, DISAGREED));
    }

    @Test
    void aPartnerThatLeftCannotBeRepresentedAnyMore() {
        fixture.given(formedByThree(), new PartnerWithdrew(ID, SPORTS, "Disagreed on focus", DISAGREED, DISAGREED))
                .when(new AppointRepresentative(ID, new PersonId("p"), SPORTS, Role.STEERING_GROUP, DISAGREED))
                .expectException(NotAPartner.class);
    }

    @Test
    void whatHappenedBeforeAPartnerLeftCanStillBeRecorded() {
        PersonId coach = new PersonId("coach");
        fixture.given(formedByThree(), new PartnerWithdrew(ID, SPORTS, "Disagreed on focus", DISAGREED, DISAGREED))
                .when(new AppointRepresentative(ID, coach, SPORTS, Role.STEERING_GROUP, FIRST_MEETING))
                .expectEvents(new RepresentativeAppointed(ID, coach, SPORTS, Role.STEERING_GROUP, FIRST_MEETING));
    }

    @Test
    void aPartnerGivesNoticeOnlyOnce() {
        fixture.given(formedByThree(), new PartnerWithdrew(ID, SPORTS, "Disagreed on focus", DISAGREED, DISAGREED))
                .when(new WithdrawPartner(ID, SPORTS, "Again", DISAGREED.minusDays(1)))
                .expectException(AlreadyWithdrawing.class);
    }

    @Test
    void onlyAPartnerCanWithdraw() {
        fixture.given(formedByThree())
                .when(new WithdrawPartner(ID, new PartnerId("stranger"), "Never joined", DISAGREED))
                .expectException(NotAPartner.class);
    }

    @Test
    void aPartnershipLeftWithOnePartnerIsDissolved() {
        fixture.given(new PartnershipFormed(ID, "Two partners", "Well-being", FIRST_MEETING, KnownPartners.TWO))
                .when(new WithdrawPartner(ID, MUNICIPALITY, "Budget cuts", DISAGREED))
                .expectEvents(
                        new PartnerWithdrew(ID, MUNICIPALITY, "Budget cuts", DISAGREED, DISAGREED),
                        new PartnershipDissolved(ID, "Fewer than two partners remain", DISAGREED));
    }

    @Test
    void nothingDatedOnOrAfterTheDissolutionCanBeRecorded() {
        fixture.given(
                        new PartnershipFormed(ID, "Two partners", "Well-being", FIRST_MEETING, KnownPartners.TWO),
                        new PartnerWithdrew(ID, MUNICIPALITY, "Budget cuts", DISAGREED, DISAGREED),
                        new PartnershipDissolved(ID, "Fewer than two partners remain", DISAGREED))
                .when(new AppointRepresentative(ID, new PersonId("late"), NGO, Role.SECRETARY, DISAGREED))
                .expectException(PartnershipEnded.class);
    }
}
