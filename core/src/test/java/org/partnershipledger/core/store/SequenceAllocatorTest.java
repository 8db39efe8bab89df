package org.partnershipledger.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SequenceAllocatorTest {

    private final TestMongo mongo = TestMongo.start();
    private final EventStorageContract.MutableClock clock =
            new EventStorageContract.MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    @AfterEach
    void stop() {
        mongo.close();
    }

    private SequenceAllocator node() {
        return new SequenceAllocator(mongo.database().getCollection("sequences"), 10, Duration.ofSeconds(10), clock);
    }

    @Test
    void twoNodesAllocatingConcurrentlyNeverHandOutTheSameNumberTwice() throws Exception {
        List<SequenceAllocator> nodes = List.of(node(), node());
        Set<Long> handedOut = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> allocators = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            SequenceAllocator allocator = nodes.get(t % 2);
            allocators.add(pool.submit(() -> {
                for (int i = 0; i < 500; i++) {
                    long first = allocator.allocate(2);
                    assertThat(handedOut.add(first)).isTrue();
                    assertThat(handedOut.add(first + 1)).isTrue();
                }
                return null;
            }));
        }
        for (Future<?> allocating : allocators) {
            allocating.get(1, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(handedOut).hasSize(4_000);
    }

    @Test
    void numbersComeFromOneBlockAndARequestThatDoesNotFitContinuesWithoutAHole() {
        SequenceAllocator allocator = node();

        assertThat(allocator.allocate(4)).isZero();
        assertThat(allocator.allocate(4)).isEqualTo(4);
        assertThat(allocator.allocated()).isEqualTo(10);
        assertThat(allocator.allocate(4)).isEqualTo(8);
        assertThat(allocator.allocated()).isEqualTo(18);
    }

    @Test
    void anIdleBlockIsGivenBackWhenItsLeaseEnds() {
        SequenceAllocator allocator = node();
        allocator.allocate(1);

        clock.advance(Duration.ofSeconds(11));

        assertThat(allocator.allocate(1)).isEqualTo(1);
    }

    @Test
    void aBlockIsNotGivenBackOverNumbersAnotherNodeTookAfterIt() {
        SequenceAllocator first = node();
        SequenceAllocator second = node();
        first.allocate(1);
        second.allocate(1);

        first.release();

        assertThat(first.allocated()).isEqualTo(20);
        assertThat(first.allocate(1)).isEqualTo(20);
    }
}
