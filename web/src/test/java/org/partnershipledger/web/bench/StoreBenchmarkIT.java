package org.partnershipledger.web.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.store.LedgerSerializer;
import org.partnershipledger.core.store.MongoEventStorageEngine;
import org.partnershipledger.core.store.Noted;
import org.partnershipledger.web.LedgerProcess;
import org.partnershipledger.web.store.EmbeddedStore;

/**
 * The figures of the event store, against Axon's own JDBC engine on an H2 file measured in the same run
 * (with H2's default write delay, and with none, which is as durable as the ledger on {@code kill -9}):
 * append throughput with four client threads on an empty store and at 50,000 stored events, the replay
 * rate over 50,000 events, and the ledger's start-up time with 50,000 stored events against an empty one.
 *
 * <p>Run with {@code mvn -B -q -pl core,query,web verify -Pbenchmark}; the table is printed and written to
 * {@code web/target/benchmark.txt} and to its section of {@code BENCHMARKS.md}.
 */
@Tag("benchmark")
class StoreBenchmarkIT {

    private static final int THREADS = 4;
    private static final int MEASURED = 10_000;
    private static final int STORED = 50_000;
    private static final int WARM_UP_ROUNDS = 2;

    private final List<String> lines = new ArrayList<>();

    @Test
    void measureTheEventStore() throws Exception {
        Path work = Files.createTempDirectory("ledger-bench");
        // Runs on throwaway data warm the JIT, so each engine is measured warm and neither pays for the other.
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            measureOurs(work.resolve("ledger-warm-up-" + round));
            measureJdbc(work.resolve("jdbc-warm-up-" + round), "");
        }
        Figures ours = measureOurs(work.resolve("ledger"));
        Figures jdbc = measureJdbc(work.resolve("jdbc"), "");
        // H2 writes committed transactions to its file up to half a second later; this run does not.
        Figures durableJdbc = measureJdbc(work.resolve("jdbc-durable"), ";WRITE_DELAY=0");
        double emptyStart = startupSeconds(work.resolve("empty"));
        double fullStart = startupSeconds(work.resolve("ledger"));

        row("", "ledger", "JDBC (H2 file)", "ratio", "JDBC, WRITE_DELAY=0", "ratio");
        row("append, 4 threads, empty store (events/s)", ours.appendEmpty, jdbc.appendEmpty, durableJdbc.appendEmpty);
        row("append, 4 threads, 50,000 stored (events/s)", ours.appendFull, jdbc.appendFull, durableJdbc.appendFull);
        row("replay of 50,000 events (events/s)", ours.replay, jdbc.replay, durableJdbc.replay);
        lines.add(String.format(
                Locale.ROOT,
                "start-up to first answer: %.1f s with 50,000 stored events, %.1f s empty (ratio %.2f)",
                fullStart,
                emptyStart,
                fullStart / emptyStart));
        String table = String.join("\n", lines);
        System.out.println(table);
        Files.writeString(Path.of("target", "benchmark.txt"), table + "\n");
        FigureTable.writeSection(
                "store",
                "## The event store\n\n`mvn -B -q -pl core,query,web verify -Pbenchmark -Dit.test=StoreBenchmarkIT`"
                        + " (`StoreBenchmarkIT`): the ledger's store against Axon's JDBC engine on an H2 file, in the"
                        + " same run.\n\nMachine: " + FigureTable.machine() + ".\n\n```\n" + table + "\n```");
    }

    private record Figures(double appendEmpty, double appendFull, double replay) {}

    private Figures measureOurs(Path directory) throws Exception {
        EmbeddedStore store = EmbeddedStore.open(directory);
        try (MongoClient client = MongoClients.create(store.connectionString())) {
            MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                    .database(client.getDatabase("ledger"))
                    .eventSerializer(LedgerSerializer.create())
                    .snapshotSerializer(LedgerSerializer.create())
                    .durability(store::awaitDurable)
                    .build();
            try {
                return measure(engine);
            } finally {
                engine.close();
            }
        } finally {
            store.close();
        }
    }

    private Figures measureJdbc(Path directory, String settings) throws Exception {
        JdbcConnectionPool pool =
                JdbcConnectionPool.create("jdbc:h2:file:" + directory.resolve("events") + settings, "sa", "");
        try {
            JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                    .connectionProvider(new DataSourceConnectionProvider(pool))
                    .transactionManager(NoTransactionManager.INSTANCE)
                    .eventSerializer(LedgerSerializer.create())
                    .snapshotSerializer(LedgerSerializer.create())
                    .build();
            createAxonSchema(pool);
            return measure(engine);
        } finally {
            pool.dispose();
        }
    }

    /** Axon's default JDBC schema in H2's dialect (Axon's HSQL variant does not parse on H2 2.x). */
    private static void createAxonSchema(JdbcConnectionPool pool) throws java.sql.SQLException {
        try (java.sql.Connection connection = pool.getConnection();
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute(
                    """
                    CREATE TABLE DomainEventEntry (
                      globalIndex BIGINT GENERATED BY DEFAULT AS IDENTITY (START WITH 0) PRIMARY KEY,
                      aggregateIdentifier VARCHAR(255) NOT NULL, sequenceNumber BIGINT NOT NULL,
                      type VARCHAR(255), eventIdentifier VARCHAR(255) NOT NULL UNIQUE,
                      metaData BLOB, payload BLOB NOT NULL, payloadRevision VARCHAR(255),
                      payloadType VARCHAR(255) NOT NULL, timeStamp VARCHAR(255) NOT NULL,
                      UNIQUE (aggregateIdentifier, sequenceNumber))""");
            statement.execute(
                    """
                    CREATE TABLE SnapshotEventEntry (
                      aggregateIdentifier VARCHAR(255) NOT NULL, sequenceNumber BIGINT NOT NULL,
                      type VARCHAR(255) NOT NULL, eventIdentifier VARCHAR(255) NOT NULL UNIQUE,
                      metaData BLOB, payload BLOB NOT NULL, payloadRevision VARCHAR(255),
                      payloadType VARCHAR(255) NOT NULL, timeStamp VARCHAR(255) NOT NULL,
                      PRIMARY KEY (aggregateIdentifier, sequenceNumber))""");
        }
    }

    private Figures measure(EventStorageEngine engine) throws Exception {
        EmbeddedEventStore store =
                EmbeddedEventStore.builder().storageEngine(engine).build();
        try {
            double appendEmpty = appendConcurrently(store, "empty");
            fill(engine, STORED - MEASURED);
            double appendFull = appendConcurrently(store, "full");
            double replay = replay(store);
            return new Figures(appendEmpty, appendFull, replay);
        } finally {
            store.shutDown();
        }
    }

    /** Four clients, each appending one event at a time, as commands do. */
    private double appendConcurrently(EmbeddedEventStore store, String run) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> work = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            work.add(clients.submit(() -> {
                for (int i = 0; i < MEASURED / THREADS; i++) {
                    store.publish(event(run + "-" + thread + "-" + (i % 50), i / 50));
                }
            }));
        }
        for (Future<?> client : work) {
            client.get(30, TimeUnit.MINUTES);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        clients.shutdown();
        return MEASURED / seconds;
    }

    private static void fill(EventStorageEngine engine, int count) {
        List<EventMessage<?>> batch = new ArrayList<>(100);
        for (int i = 0; i < count; i++) {
            batch.add(event("fill-" + (i % 1_000), i / 1_000));
            if (batch.size() == 100) {
                engine.appendEvents(batch);
                batch.clear();
            }
        }
    }

    private static double replay(EmbeddedEventStore store) throws Exception {
        long start = System.nanoTime();
        try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null)) {
            for (int i = 0; i < STORED; i++) {
                stream.nextAvailable();
            }
        }
        return STORED / ((System.nanoTime() - start) / 1e9);
    }

    private static DomainEventMessage<Noted> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>(
                "Partnership",
                aggregate,
                sequence,
                Noted.of("minutes of meeting " + sequence),
                MetaData.emptyInstance());
    }

    /** Seconds from starting the packaged ledger's JVM to its first answer over HTTP. */
    private static double startupSeconds(Path dataDirectory) throws Exception {
        long start = System.nanoTime();
        try (LedgerProcess ledger = LedgerProcess.start(dataDirectory, "benchmark-startup")) {
            ledger.awaitReady(HttpClient.newHttpClient());
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private void row(String what, double ours, double baseline, double durableBaseline) {
        row(
                what,
                String.format(Locale.ROOT, "%,.0f", ours),
                String.format(Locale.ROOT, "%,.0f", baseline),
                String.format(Locale.ROOT, "%.2f", ours / baseline),
                String.format(Locale.ROOT, "%,.0f", durableBaseline),
                String.format(Locale.ROOT, "%.2f", ours / durableBaseline));
    }

    private void row(String... cells) {
        lines.add(String.format(Locale.ROOT, "%-44s %8s %15s %6s %20s %6s", (Object[]) cells));
    }
}
