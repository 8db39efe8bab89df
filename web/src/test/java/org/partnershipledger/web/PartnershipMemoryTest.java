package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.partnershipledger.web.partnership.PartnershipMemory;

/** An erasure leaves no partnership in memory and no snapshot still to be written after it. */
class PartnershipMemoryTest {

    @Test
    void forgettingDropsEveryAggregateKeptAndWaitsForTheSnapshotsAskedFor() throws Exception {
        try (PartnershipMemory memory = new PartnershipMemory()) {
            memory.aggregates().put("p-1", "an aggregate in plain text");
            CountDownLatch started = new CountDownLatch(1);
            AtomicBoolean written = new AtomicBoolean();
            memory.snapshots().execute(() -> {
                started.countDown();
                sleep(300);
                written.set(true);
            });
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

            memory.forgetAll();

            assertThat(memory.aggregates().containsKey("p-1")).isFalse();
            assertThat(written).isTrue();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
