package org.partnershipledger.web.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Nodes on one store: each its own name, taken for dead when silent, and told of every erasure. */
class LedgerNodesTest {

    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;

    @BeforeEach
    void store() {
        server = new MongoServer(H2Backend.inMemory());
        client = MongoClients.create(server.bindAndGetConnectionString());
        database = client.getDatabase("ledger");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void twoNodesGivenTheSameNameAreStillTwoNodes() {
        try (LedgerNodes first = new LedgerNodes(database, "ledger-1", Clock.systemUTC()).start();
                LedgerNodes second = new LedgerNodes(database, "ledger-1", Clock.systemUTC()).start()) {
            assertThat(first.name()).startsWith("ledger-1/").isNotEqualTo(second.name());
            assertThat(first.aliveCount()).isEqualTo(2);
            assertThat(first.alive(second.name())).isTrue();
        }
    }

    @Test
    void aNodeSilentForTenSecondsIsTakenForDead() {
        try (LedgerNodes node = new LedgerNodes(database, "ledger-1", Clock.systemUTC()).start()) {
            database.getCollection(LedgerNodes.COLLECTION)
                    .insertOne(new Document("_id", "killed/1-0")
                            .append("seenAt", Date.from(Instant.now().minusSeconds(11))));
            database.getCollection(LedgerNodes.COLLECTION)
                    .insertOne(new Document("_id", "paused/2-0")
                            .append("seenAt", Date.from(Instant.now().minusSeconds(5))));

            assertThat(node.alive("killed/1-0")).isFalse();
            assertThat(node.alive("paused/2-0")).isTrue();
            assertThat(node.aliveCount()).isEqualTo(2);
        }
    }

    @Test
    void aNodeThatStopsCleanlyIsGoneAtOnce() {
        LedgerNodes stopped = new LedgerNodes(database, "ledger-2", Clock.systemUTC()).start();
        try (LedgerNodes node = new LedgerNodes(database, "ledger-1", Clock.systemUTC()).start()) {
            stopped.close();

            assertThat(node.alive(stopped.name())).isFalse();
        }
    }

    @Test
    void anErasureIsAnsweredOnceEveryOtherLiveNodeForgotWhatItKept() throws Exception {
        AtomicInteger forgotten = new AtomicInteger();
        try (LedgerNodes erasing = new LedgerNodes(database, "ledger-1", Clock.systemUTC()).start();
                LedgerNodes other = new LedgerNodes(database, "ledger-2", Clock.systemUTC()).start()) {
            other.onErasureElsewhere(forgotten::incrementAndGet);
            erasing.onErasureElsewhere(() -> {
                throw new AssertionError("the erasing node forgets by itself, before it tells the others");
            });

            boolean everywhere = erasing.erased(Duration.ofSeconds(20));

            assertThat(everywhere).isTrue();
            assertThat(forgotten).hasValue(1);
        }
    }

    @Test
    void anErasureDoesNotWaitForADeadNode() throws Exception {
        try (LedgerNodes erasing = new LedgerNodes(database, "ledger-1", Clock.systemUTC()).start()) {
            database.getCollection(LedgerNodes.COLLECTION) // the last heartbeat of a node killed 11 s ago
                    .insertOne(new Document("_id", "killed/1-0")
                            .append("seenAt", Date.from(Instant.now().minusSeconds(11)))
                            .append("erasuresApplied", 0L));

            long started = System.nanoTime();
            assertThat(erasing.erased(Duration.ofSeconds(20))).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void anErasureWaitsForALiveNodeThatHasNotForgotten() throws Exception {
        try (LedgerNodes erasing = new LedgerNodes(database, "ledger-1", Clock.systemUTC()).start()) {
            database.getCollection(LedgerNodes.COLLECTION) // alive, its heartbeat stuck before the erasure
                    .insertOne(new Document("_id", "stuck/1-0")
                            .append("seenAt", Date.from(Instant.now().plusSeconds(60)))
                            .append("erasuresApplied", 0L));

            assertThat(erasing.erased(Duration.ofSeconds(2))).isFalse();
        }
    }
}
