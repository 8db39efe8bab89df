package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.partnership.PartnershipRules.PartnershipEnded;

class PhaseObservationTest {

    private static final PartnershipId ID = new PartnershipId("pair-1");
    private static final LocalDate MATCHED = LocalDate.of(2024, 3, 1);
    private static final PersonId FACILITATOR = new PersonId("facilitator");

    private FixtureConfiguration<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Partnership.class);
    }

    @Test
    void aFacilitatorRecordsThePhaseTheySee() {
        fixture.given(new PartnershipFormed(ID, "Pair 1", "Learn from each other", MATCHED, KnownPartners.TWO))
                .when(new RecordPhaseObservation(
                        ID, FACILITATOR, ObservedPhase.CONTROL, "They argue about roles", MATCHED.plusWeeks(3)))
                .expectEvents(new PhaseObserved(
                        ID, FACILITATOR, ObservedPhase.CONTROL, "They argue about roles", MATCHED.plusWeeks(3)));
    }

    @Test
    void noPhaseIsObservedAfterThePartnershipWasDissolved() {
        fixture.given(
                        new PartnershipFormed(ID, "Pair 1", "Learn from each other", MATCHED, KnownPartners.TWO),
                        new PartnershipDissolved(ID, "Fewer than two partners remain", MATCHED.plusWeeks(4)))
                .when(new RecordPhaseObservation(ID, FACILITATOR, ObservedPhase.CLOSENESS, "", MATCHED.plusWeeks(5)))
                .expectException(PartnershipEnded.class);
    }
}
