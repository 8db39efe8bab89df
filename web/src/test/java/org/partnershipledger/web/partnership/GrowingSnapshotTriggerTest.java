package org.partnershipledger.web.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.partnership.Partnership;

class GrowingSnapshotTriggerTest {

    @Test
    void aYoungHistoryIsSnapshottedEveryHundredEventsALongOneAfterATenthOfItUpToAThousand() {
        assertThat(GrowingSnapshotTrigger.threshold(50, 100)).isEqualTo(100);
        assertThat(GrowingSnapshotTrigger.threshold(1_000, 100)).isEqualTo(100);
        assertThat(GrowingSnapshotTrigger.threshold(5_000, 100)).isEqualTo(500);
        assertThat(GrowingSnapshotTrigger.threshold(20_000, 100)).isEqualTo(1_000);
    }

    @Test
    void snapshotsAreTakenWhereTheThresholdOfTheGrowingHistoryIsReached() {
        List<Long> takenAfter = new ArrayList<>();
        long[] current = {0};
        SnapshotTrigger trigger = new GrowingSnapshotTrigger.Definition((type, id) -> takenAfter.add(current[0]), 100)
                .prepareTrigger(Partnership.class);
        trigger.initializationFinished();

        for (current[0] = 0; current[0] < 6_000; current[0]++) {
            trigger.eventHandled(new GenericDomainEventMessage<>("Partnership", "p", current[0], "event"));
        }

        assertThat(takenAfter.subList(0, 10))
                .containsExactly(99L, 199L, 299L, 399L, 499L, 599L, 699L, 799L, 899L, 999L);
        for (int i = 10; i < takenAfter.size(); i++) {
            long events = takenAfter.get(i) + 1;
            assertThat(takenAfter.get(i) - takenAfter.get(i - 1))
                    .as("the snapshot after %d events came a tenth of the history after the one before", events)
                    .isEqualTo(events / 10);
        }
        assertThat(takenAfter).hasSize(27).last().isEqualTo(5_975L);
    }
}
