package org.partnershipledger.web.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.h2.mvstore.MVStore;

/**
 * The embedded server's H2 backend, committed on demand instead of once a second in the background,
 * so that an append is acknowledged only once it would survive {@code kill -9}.
 *
 * <p>Commits never see a command half applied (a document stored but its index entry not yet):
 * commands run under a shared lock, a commit under the exclusive one. Appenders waiting at the same
 * time share one commit, so durability does not cost throughput. Its maps are opened in compact types
 * ({@link CompactH2Database}).
 */
final class DurableH2Backend extends H2Backend {

    private static final int PURGE_ROUNDS = 100;
    private static final int REWRITE_BYTES = 16 * 1024 * 1024; // rewritten by one round of compaction at most

    // The commands that change what is stored.
    private static final Set<String> WRITES = Set.of(
            "insert",
            "update",
            "delete",
            "findandmodify",
            "create",
            "createindexes",
            "drop",
            "dropindexes",
            "dropdatabase",
            "renamecollection");

    private final ReentrantReadWriteLock commands = new ReentrantReadWriteLock();
    private final AtomicLong requested = new AtomicLong();
    private final Object committer = new Object();
    private long committedUpTo;

    DurableH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return CompactH2Database.open(databaseName, getMvStore(), getCursorRegistry());
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if (command.equalsIgnoreCase("whatsmyuri") && !(channel.remoteAddress() instanceof InetSocketAddress)) {
            // The server answers with the client's IP address, which a client on the socket has none of.
            Document you = new Document("you", "unix socket");
            you.put("ok", 1.0);
            return you;
        }
        Document reply;
        commands.readLock().lock();
        try {
            reply = super.handleCommand(channel, database, command, query);
        } finally {
            commands.readLock().unlock();
        }
        if (channel.remoteAddress() instanceof InetSocketAddress && WRITES.contains(command.toLowerCase(Locale.ROOT))) {
            // Another ledger node's write (the store is served to it on TCP): that node trusts an acknowledged
            // write to be durable, as a MongoDB's journal makes it, so it is in the file before it is answered.
            awaitDurable();
        }
        return reply;
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        commands.readLock().lock();
        try {
            return super.handleQuery(query);
        } finally {
            commands.readLock().unlock();
        }
    }

    /** Returns once every command completed before the call is in the file. */
    void awaitDurable() {
        long ticket = requested.incrementAndGet();
        synchronized (committer) {
            if (committedUpTo >= ticket) {
                return; // another appender's commit started after our write: it carried ours too
            }
            long upTo = requested.get();
            commitNow();
            committedUpTo = upTo;
        }
    }

    /** Commits whatever is pending (processor positions, read models) that no append has committed yet. */
    void commitPending() {
        if (getMvStore().hasUnsavedChanges()) {
            synchronized (committer) {
                commitNow();
            }
        }
    }

    /**
     * Leaves in the file only what the store still holds: every chunk written before the call that holds
     * anything deleted or overwritten is rewritten, the chunks left behind are freed at once (no retention),
     * and the free space is overwritten with zeros. Commands wait meanwhile. Returns the bytes wiped.
     */
    long purgeDeleted() {
        synchronized (committer) {
            commands.writeLock().lock();
            try {
                MVStore store = getMvStore();
                WipingFileStore file = (WipingFileStore) store.getFileStore();
                int retention = store.getRetentionTime();
                long versions = store.getVersionsToKeep();
                store.setRetentionTime(0);
                store.setVersionsToKeep(0);
                try {
                    commit();
                    long before = store.getCurrentVersion();
                    // Rewriting moves live pages into new chunks and leaves dead ones behind, which a later
                    // round frees; it settles within a few rounds. Chunks written since only hold data kept.
                    for (int round = 0; round < PURGE_ROUNDS && file.holdsDeadPagesUpTo(before); round++) {
                        store.compact(100, Integer.MAX_VALUE);
                        commit();
                        file.dropUnusedChunks();
                    }
                    if (file.holdsDeadPagesUpTo(before)) {
                        throw new IllegalStateException("Deleted data could not be purged from the store's file in "
                                + PURGE_ROUNDS + " rounds");
                    }
                    return file.wipeFreeSpace();
                } finally {
                    store.setRetentionTime(retention);
                    store.setVersionsToKeep((int) versions);
                }
            } finally {
                commands.writeLock().unlock();
            }
        }
    }

    /**
     * Rewrites the file's sparsely filled chunks, so the file holds about the data it still holds and stops
     * growing: MVStore never edits a page in place, so every change leaves an old copy behind, and without its
     * background thread (commits are on demand here) nothing compacts the file.
     * Does nothing while the chunks and the file are at least {@code fillRate}% full; commands wait
     * meanwhile, rewriting for at most about {@code maxMillis}. Space given up is wiped ({@link WipingFileStore}).
     */
    void compact(int fillRate, int maxMillis) {
        synchronized (committer) {
            commands.writeLock().lock();
            try {
                MVStore store = getMvStore();
                WipingFileStore file = (WipingFileStore) store.getFileStore();
                if (file.getChunksFillRate() >= fillRate && file.getFillRate() >= fillRate) {
                    return;
                }
                int retention = store.getRetentionTime();
                store.setRetentionTime(0);
                try {
                    commit();
                    // Live pages out of sparse chunks into new ones; the old chunks are then free (wiped) and
                    // their space is reused, and the file is cut where its end is free. Chunks are not moved
                    // together: H2's chunk moving failed its own consistency assertion here under load.
                    long deadline = System.nanoTime() + maxMillis * 1_000_000L;
                    do {
                        store.compact(fillRate, REWRITE_BYTES);
                        commit();
                        file.dropUnusedChunks();
                    } while (file.getChunksFillRate() < fillRate && System.nanoTime() < deadline);
                } finally {
                    store.setRetentionTime(retention);
                }
            } finally {
                commands.writeLock().unlock();
            }
        }
    }

    private void commitNow() {
        commands.writeLock().lock();
        try {
            commit();
        } finally {
            commands.writeLock().unlock();
        }
    }

    @Override
    public void close() {
        commitPending();
        super.close();
    }
}
