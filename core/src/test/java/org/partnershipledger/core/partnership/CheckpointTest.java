package org.partnershipledger.core.partnership;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipledger.core.partnership.KnownPartners.FREDERIKSBERG_KOMMUNE;
import static org.partnershipledger.core.partnership.KnownPartners.MODREHJAELPEN;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.partnership.ClosePartnership.ClosingReason;
import org.partnershipledger.core.partnership.PartnershipRules.DoesNotRepresent;

class CheckpointTest {

    private static final PartnershipId ID = new PartnershipId("vold-mod-kvinder");
    private static final LocalDate FORMED = LocalDate.of(2003, 8, 15);
    private static final LocalDate WITNESSED = LocalDate.of(2004, 1, 10);
    private static final PersonId HANNE = new PersonId("hanne");
    private static final String HEAD = "ab".repeat(32);

    private TestExecutor<Partnership> fixture;

    @BeforeEach
    void setUp() {
        FixtureConfiguration<Partnership> configuration = new AggregateTestFixture<>(Partnership.class);
        fixture = configuration.given(
                new PartnershipFormed(
                        ID, "Vold mod kvinder", "Help women subjected to violence", FORMED, KnownPartners.TWO),
                new RepresentativeAppointed(ID, HANNE, MODREHJAELPEN.id(), Role.STEERING_GROUP, FORMED));
    }

    @Test
    void aRepresentativeWitnessesTheHeadOfTheHistoryForTheirPartner() {
        fixture.when(new WitnessCheckpoint(ID, MODREHJAELPEN.id(), HANNE, HEAD, 2, WITNESSED))
                .expectEvents(new CheckpointWitnessed(ID, MODREHJAELPEN.id(), HANNE, HEAD, 2, WITNESSED));
    }

    @Test
    void nobodyWitnessesForAPartnerTheyDoNotRepresent() {
        fixture.when(new WitnessCheckpoint(ID, FREDERIKSBERG_KOMMUNE.id(), HANNE, HEAD, 2, WITNESSED))
                .expectException(DoesNotRepresent.class)
                .expectNoEvents();
    }

    @Test
    void aClosedHistoryIsStillWitnessed() {
        fixture.andGiven(new PartnershipClosed(ID, ClosingReason.TERM_ENDED, null, LocalDate.of(2003, 12, 31)))
                .when(new WitnessCheckpoint(ID, MODREHJAELPEN.id(), HANNE, HEAD, 3, WITNESSED))
                .expectEvents(new CheckpointWitnessed(ID, MODREHJAELPEN.id(), HANNE, HEAD, 3, WITNESSED));
    }

    @Test
    void aCheckpointNamesASha256HeadAndAtLeastOneEvent() {
        assertThatThrownBy(() -> new WitnessCheckpoint(ID, MODREHJAELPEN.id(), HANNE, "ABC", 2, WITNESSED))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("headHash");
        assertThatThrownBy(() -> new WitnessCheckpoint(ID, MODREHJAELPEN.id(), HANNE, HEAD, 0, WITNESSED))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("eventCount");
    }
}
