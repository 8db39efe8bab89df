package org.partnershipledger.web.store;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MongoDB wire-protocol server the ledger runs in its own JVM when no MongoDB is configured. The
 * application talks to it through the same driver code as to a real MongoDB, over a Unix domain socket that
 * only the ledger's user can open ({@link StoreServer}).
 */
public final class EmbeddedStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStore.class);
    static final String FILE_NAME = "ledger.mv.db";
    // Compacted while less than this share of the chunks is live data: the file stays under twice its data.
    static final int FILL_RATE = 50;
    // On close no command waits, so it is compacted to nearly its data.
    private static final int FILL_RATE_ON_CLOSE = 90;
    private static final int COMPACT_EVERY_SECONDS = 60;
    private static final int COMPACT_MAX_MILLIS = 1_000; // commands wait meanwhile
    private static final int COMPACT_ON_CLOSE_MAX_MILLIS = 10_000;

    private final DurableH2Backend backend;
    private final StoreServer server;
    private final ScheduledExecutorService committer;

    private EmbeddedStore(DurableH2Backend backend, StoreServer server) {
        this.backend = backend;
        this.server = server;
        this.committer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "embedded-store-commit");
            thread.setDaemon(true);
            return thread;
        });
        committer.scheduleWithFixedDelay(this::commitPending, 1, 1, TimeUnit.SECONDS);
        committer.scheduleWithFixedDelay(this::compact, COMPACT_EVERY_SECONDS, COMPACT_EVERY_SECONDS, TimeUnit.SECONDS);
    }

    public static EmbeddedStore open(Path dataDirectory) {
        return open(dataDirectory, null);
    }

    /**
     * Opens the store in {@code dataDirectory}; with a {@code servedAddress} it is also served there, to
     * other ledger nodes, without authentication (README, "Where the data lives").
     */
    public static EmbeddedStore open(Path dataDirectory, InetSocketAddress servedAddress) {
        Path file = dataDirectory.toAbsolutePath().normalize().resolve(FILE_NAME);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new EmbeddedStoreUnavailableException(file, "cannot create its directory", e);
        }
        MVStore store;
        try {
            store = new MVStore.Builder()
                    .adoptFileStore(WipingFileStore.open(file.toString()))
                    .autoCommitDisabled()
                    .open();
        } catch (MVStoreException e) {
            throw new EmbeddedStoreUnavailableException(file, e.getMessage(), e);
        }
        DurableH2Backend backend = new DurableH2Backend(store);
        StoreServer server;
        try {
            // Written before anything is stored in it, and read by the ledger's user alone.
            StoreServer.ownerOnly(file, "rw-------");
            server = StoreServer.serve(backend, file.getParent(), servedAddress);
        } catch (IOException | RuntimeException e) {
            backend.close();
            throw e instanceof EmbeddedStoreUnavailableException unavailable
                    ? unavailable
                    : new EmbeddedStoreUnavailableException(file, e.getMessage(), e);
        }
        EmbeddedStore embedded = new EmbeddedStore(backend, server);
        log.info(
                "Using the embedded MongoDB store in {}. To use a real MongoDB instead, set"
                        + " LEDGER_MONGODB_URI (e.g. mongodb://localhost:27017/ledger?replicaSet=rs0).",
                file.getParent());
        return embedded;
    }

    public String connectionString() {
        return server.connectionString();
    }

    /** The Unix domain socket it is served on. */
    public Path socket() {
        return server.socket();
    }

    /** Documents of one collection read by queries that no index served (a test's check that one does). */
    public long documentsScanned(String database, String collection) {
        return backend.resolveDatabase(database).resolveCollection(collection, false)
                        instanceof RangedH2Collection ranged
                ? ranged.scanned()
                : 0;
    }

    /** Blocks until everything written so far is in the file. */
    public void awaitDurable() {
        backend.awaitDurable();
    }

    /** Overwrites whatever deleted data the file still holds (an erasure); returns the bytes wiped. */
    public long purgeDeleted() {
        return backend.purgeDeleted();
    }

    /** Shrinks the file to about the data it holds, if old copies take up more than that (see FILL_RATE). */
    public void compact() {
        compact(FILL_RATE, COMPACT_MAX_MILLIS);
    }

    private void compact(int fillRate, int maxMillis) {
        try {
            backend.compact(fillRate, maxMillis);
        } catch (RuntimeException e) {
            log.error("Compacting the embedded store failed", e);
        }
    }

    private void commitPending() {
        try {
            backend.commitPending();
        } catch (RuntimeException e) {
            log.error("Committing the embedded store failed", e);
        }
    }

    @Override
    public void close() {
        committer.shutdownNow();
        compact(FILL_RATE_ON_CLOSE, COMPACT_ON_CLOSE_MAX_MILLIS);
        server.close(); // closes the backend, which commits what is pending, and removes the socket
        log.info("Embedded MongoDB store closed");
    }
}
