package org.partnershipledger.query.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.decision.ProposalId;
import org.partnershipledger.core.partnership.CheckpointWitnessed;
import org.partnershipledger.core.partnership.Partner;
import org.partnershipledger.core.partnership.PartnerAdmitted;
import org.partnershipledger.core.partnership.PartnershipEvent;
import org.partnershipledger.core.partnership.PartnershipFormed;
import org.partnershipledger.core.partnership.Sector;
import org.partnershipledger.query.history.HistoryEvent;

/** The checkpoint a verification compares with the chain: the latest head every partner signed off. */
class WitnessedCheckpointTest {

    private static final PartnershipId ID = new PartnershipId("esbjerg");
    private static final Partner FOUNDATION = new Partner(new PartnerId("foundation"), "Foreningen", Sector.VOLUNTARY);
    private static final Partner MUNICIPALITY = new Partner(new PartnerId("kommune"), "Esbjerg Kommune", Sector.PUBLIC);
    private static final Partner HOUSE = new Partner(new PartnerId("huset"), "Det Grønlandske Hus", Sector.VOLUNTARY);
    private static final LocalDate FORMED = LocalDate.of(2003, 3, 1);
    private static final String FIRST = "1".repeat(64);
    private static final String SECOND = "2".repeat(64);

    private final List<HistoryEvent> history = new ArrayList<>();

    private void then(PartnershipEvent event) {
        history.add(new HistoryEvent(history.size(), event.occurredOn(), Instant.now(), event));
    }

    private void witnessed(Partner partner, String head, long events, LocalDate on) {
        then(new CheckpointWitnessed(
                ID, partner.id(), new PersonId("rep-of-" + partner.id().value()), head, events, on));
    }

    @Test
    void aHeadCountsOnceEveryPartnerWitnessedItAndTheLatestSuchHeadIsReported() {
        then(new PartnershipFormed(
                ID, "Grønlændere i Esbjerg", "Inclusion", FORMED, List.of(FOUNDATION, MUNICIPALITY)));
        witnessed(FOUNDATION, FIRST, 1, FORMED.plusDays(5));
        assertThat(PartnershipVerification.latestWitnessedByAll(history)).isEmpty();

        witnessed(MUNICIPALITY, FIRST, 1, FORMED.plusDays(6));
        witnessed(FOUNDATION, SECOND, 3, FORMED.plusDays(9));

        assertThat(PartnershipVerification.latestWitnessedByAll(history)).hasValueSatisfying(checkpoint -> {
            assertThat(checkpoint.headHash()).isEqualTo(FIRST);
            assertThat(checkpoint.eventCount()).isEqualTo(1);
            assertThat(checkpoint.witnesses())
                    .extracting(PartnershipVerification.Witness::partner)
                    .containsExactly("foundation", "kommune");
        });
    }

    @Test
    void aPartnerAdmittedBeforeTheLastSignatureMustWitnessToo() {
        then(new PartnershipFormed(
                ID, "Grønlændere i Esbjerg", "Inclusion", FORMED, List.of(FOUNDATION, MUNICIPALITY)));
        then(new PartnerAdmitted(ID, HOUSE, new ProposalId("admit"), FORMED.plusDays(7)));
        witnessed(FOUNDATION, SECOND, 2, FORMED.plusDays(8));
        witnessed(MUNICIPALITY, SECOND, 2, FORMED.plusDays(8));
        assertThat(PartnershipVerification.latestWitnessedByAll(history)).isEmpty();

        witnessed(HOUSE, SECOND, 2, FORMED.plusDays(9));
        assertThat(PartnershipVerification.latestWitnessedByAll(history))
                .hasValueSatisfying(
                        checkpoint -> assertThat(checkpoint.headHash()).isEqualTo(SECOND));
    }
}
