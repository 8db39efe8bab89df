package org.partnershipledger.core.partnership;

import static org.partnershipledger.core.partnership.KnownPartners.FREDERIKSBERG_KOMMUNE;
import static org.partnershipledger.core.partnership.KnownPartners.MODREHJAELPEN;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.partnership.PartnershipRules.AlreadyAppointed;
import org.partnershipledger.core.partnership.PartnershipRules.NotAPartner;
import org.partnershipledger.core.partnership.PartnershipRules.NotARepresentative;
import org.partnershipledger.core.partnership.PartnershipRules.RepresentsAnotherPartner;
import org.partnershipledger.core.partnership.PartnershipRules.RoleTaken;
import org.partnershipledger.core.partnership.PartnershipRules.SteeringGroupSeatsTaken;

class RepresentativesTest {

    private static final PartnershipId ID = new PartnershipId("violence-against-women");
    private static final LocalDate FORMED = LocalDate.of(2003, 8, 15);
    private static final LocalDate SIGNED = LocalDate.of(2003, 12, 1);
    private static final PartnerId NGO = MODREHJAELPEN.id();
    private static final PartnerId MUNICIPALITY = FREDERIKSBERG_KOMMUNE.id();
    private static final PersonId ANNE = new PersonId("anne");
    private static final PersonId BO = new PersonId("bo");
    private static final PersonId CARL = new PersonId("carl");

    private FixtureConfiguration<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Partnership.class);
    }

    private static PartnershipFormed formed() {
        return new PartnershipFormed(ID, "Violence against women", "Help", FORMED, KnownPartners.TWO);
    }

    private static RepresentativeAppointed appointed(PersonId person, PartnerId partner, Role role) {
        return new RepresentativeAppointed(ID, person, partner, role, FORMED);
    }

    @Test
    void aPersonIsAppointedToRepresentAPartnerInARole() {
        fixture.given(formed())
                .when(new AppointRepresentative(ID, ANNE, NGO, Role.STEERING_GROUP, FORMED))
                .expectEvents(appointed(ANNE, NGO, Role.STEERING_GROUP));
    }

    @Test
    void aRepresentativeCanHoldSeveralRolesForTheSamePartner() {
        fixture.given(formed(), appointed(ANNE, NGO, Role.STEERING_GROUP))
                .when(new AppointRepresentative(ID, ANNE, NGO, Role.SECRETARY, FORMED))
                .expectEvents(appointed(ANNE, NGO, Role.SECRETARY));
    }

    @Test
    void onlyAPartnerCanBeRepresented() {
        fixture.given(formed())
                .when(new AppointRepresentative(ID, ANNE, new PartnerId("stranger"), Role.STEERING_GROUP, FORMED))
                .expectException(NotAPartner.class);
    }

    @Test
    void aPartnerCannotBeRepresentedBeforeItJoined() {
        fixture.given(formed())
                .when(new AppointRepresentative(ID, ANNE, NGO, Role.STEERING_GROUP, FORMED.minusDays(1)))
                .expectException(NotAPartner.class);
    }

    @Test
    void aPersonRepresentsOnlyOnePartner() {
        fixture.given(formed(), appointed(ANNE, NGO, Role.STEERING_GROUP))
                .when(new AppointRepresentative(ID, ANNE, MUNICIPALITY, Role.STEERING_GROUP, FORMED))
                .expectException(RepresentsAnotherPartner.class);
    }

    @Test
    void theSameRoleIsNotGivenTwice() {
        fixture.given(formed(), appointed(ANNE, NGO, Role.STEERING_GROUP))
                .when(new AppointRepresentative(ID, ANNE, NGO, Role.STEERING_GROUP, FORMED))
                .expectException(AlreadyAppointed.class);
    }

    @Test
    void aPartnerHasAtMostTwoSteeringGroupMembers() {
        fixture.given(formed(), appointed(ANNE, NGO, Role.STEERING_GROUP), appointed(BO, NGO, Role.STEERING_GROUP))
                .when(new AppointRepresentative(ID, CARL, NGO, Role.STEERING_GROUP, FORMED))
                .expectException(SteeringGroupSeatsTaken.class);
    }

    @Test
    void thePartnershipHasOneSecretary() {
        fixture.given(formed(), appointed(ANNE, NGO, Role.SECRETARY))
                .when(new AppointRepresentative(ID, BO, MUNICIPALITY, Role.SECRETARY, FORMED))
                .expectException(RoleTaken.class);
    }

    @Test
    void aReplacementTakesOverEveryRoleOfTheOutgoingRepresentative() {
        fixture.given(formed(), appointed(ANNE, NGO, Role.STEERING_GROUP), appointed(ANNE, NGO, Role.SIGNATORY))
                .when(new ReplaceRepresentative(ID, ANNE, BO, SIGNED))
                .expectEvents(new RepresentativeReplaced(
                        ID, NGO, ANNE, BO, Set.of(Role.STEERING_GROUP, Role.SIGNATORY), SIGNED));
    }

    @Test
    void onlyACurrentRepresentativeCanBeReplaced() {
        fixture.given(formed())
                .when(new ReplaceRepresentative(ID, ANNE, BO, SIGNED))
                .expectException(NotARepresentative.class);
    }

    @Test
    void aReplacementMustNotAlreadySpeakForAnotherPartner() {
        fixture.given(formed(), appointed(ANNE, NGO, Role.STEERING_GROUP), appointed(BO, MUNICIPALITY, Role.LEAD))
                .when(new ReplaceRepresentative(ID, ANNE, BO, SIGNED))
                .expectException(RepresentsAnotherPartner.class);
    }

    @Test
    void aReplacedRepresentativeNoLongerRepresentsThePartner() {
        fixture.given(
                        formed(),
                        appointed(ANNE, NGO, Role.STEERING_GROUP),
                        new RepresentativeReplaced(ID, NGO, ANNE, BO, Set.of(Role.STEERING_GROUP), SIGNED))
                .when(new RemoveRepresentative(ID, ANNE, "Left her job", SIGNED))
                .expectException(NotARepresentative.class);
    }

    @Test
    void aRepresentativeIsRemovedWithAReason() {
        fixture.given(formed(), appointed(ANNE, NGO, Role.STEERING_GROUP))
                .when(new RemoveRepresentative(ID, ANNE, "On leave", SIGNED))
                .expectEvents(new RepresentativeRemoved(ID, ANNE, NGO, "On leave", SIGNED));
    }
}
