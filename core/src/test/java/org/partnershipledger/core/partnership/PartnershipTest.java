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
import org.partnershipledger.core.PartnershipId;

class PartnershipTest {

    private static final PartnershipId ID = new PartnershipId("violence-against-women");
    private static final LocalDate FIRST_MEETING = LocalDate.of(2003, 8, 15);

    private FixtureConfiguration<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Partnership.class);
    }

    @Test
    void formingAPartnershipRecordsItsPartnersAndDomainDate() {
        List<Partner> partners = List.of(MODREHJAELPEN, FREDERIKSBERG_KOMMUNE, FREDERIKSBERG_POLITI);

        fixture.givenNoPriorActivity()
                .when(new FormPartnership(
                        ID, "Violence against women", "Help women exposed to violence", FIRST_MEETING, partners))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PartnershipFormed(
                        ID, "Violence against women", "Help women exposed to violence", FIRST_MEETING, partners));
    }

    @Test
    void aPartnershipFormedYearsAgoKeepsItsDomainDate() {
        LocalDate signedInEsbjerg = LocalDate.of(2004, 3, 1);

        fixture.givenNoPriorActivity()
                .when(new FormPartnership(
                        ID, "Greenlanders in Esbjerg", "Well-being", signedInEsbjerg, KnownPartners.TWO))
                .expectEvents(new PartnershipFormed(
                        ID, "Greenlanders in Esbjerg", "Well-being", signedInEsbjerg, KnownPartners.TWO));
    }
}
