package org.partnershipledger.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SequenceAllocatorTest {

    @Test
    void concurrentAllocationsNeverHandOutTheSameNumberTwice() throws Exception {
        try (TestMongo mongo = TestMongo.start()) {
            SequenceAllocator allocator = new SequenceAllocator(mongo.database().getCollection("sequences"));
            Set<Long> handedOut = ConcurrentHashMap.newKeySet();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> allocators = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
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
            assertThat(allocator.next()).isEqualTo(4_000);
        }
    }
}
