package org.partnershipledger.web.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ledger processes (nodes) that share one store. Each has a name of its own, under which it claims read
 * models' segments and runs requests with an Idempotency-Key, and says every second in {@code nodes} that it
 * is alive; one not heard from for {@link #SILENT_FOR} is taken for dead. A restarted process is a new node
 * (its name ends in a random part), so it never mistakes a dead predecessor's work for its own.
 *
 * <p>Each node keeps decrypted personal data in memory (keys, histories, participants, loaded partnerships).
 * An erasure on one node counts up {@code erasures}; every other node forgets what it keeps at its next
 * heartbeat and says so, and the erasure is answered only once every live node has.
 */
public final class LedgerNodes implements AutoCloseable {

    public static final String COLLECTION = "nodes";
    /** How often a node says it is alive. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(1);
    /** A node silent this long is taken for dead: ten heartbeats, more than a garbage collection pauses. */
    public static final Duration SILENT_FOR = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(LedgerNodes.class);
    private static final String ERASURES = "erasures";
    private static final String SEEN_AT = "seenAt";
    private static final String ERASURES_APPLIED = "erasuresApplied";

    private final MongoCollection<Document> nodes;
    private final String name;
    private final Clock clock;
    private final List<Runnable> forgetters = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService heartbeat;
    private volatile long erasuresApplied = -1;

    public LedgerNodes(MongoDatabase database, String configuredName, Clock clock) {
        this.nodes = database.getCollection(COLLECTION);
        this.name = (configuredName == null || configuredName.isBlank() ? host() : configuredName.strip()) + "/"
                + ProcessHandle.current().pid() + "-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        this.clock = clock;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ledger-node-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "ledger";
        }
    }

    /** Starts saying that this node is alive; what it keeps from before now counts as applied. */
    public LedgerNodes start() {
        erasuresApplied = erasures();
        // Every restart is a new node: those silent for a day are gone for good.
        nodes.deleteMany(lt(SEEN_AT, Date.from(clock.instant().minus(Duration.ofDays(1)))));
        beat();
        heartbeat.scheduleWithFixedDelay(this::beatSafely, 0, HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
        log.info("This ledger node is {}", name);
        return this;
    }

    /** This node's name, e.g. {@code ledger-1/4711-1a2b3c4d}: the owner of its claims. */
    public String name() {
        return name;
    }

    /** Run on this node when a person was erased on another one: forgets the personal data kept in memory. */
    public void onErasureElsewhere(Runnable forget) {
        forgetters.add(forget);
    }

    /** Whether the node of that name said it was alive within {@link #SILENT_FOR}. */
    public boolean alive(String node) {
        return nodes.find(and(eq("_id", node), gt(SEEN_AT, silentSince()))).first() != null;
    }

    /** How many nodes said they were alive within {@link #SILENT_FOR}, this one included. */
    public int aliveCount() {
        return (int) nodes.countDocuments(gt(SEEN_AT, silentSince()));
    }

    /**
     * Tells every node that a person was erased, after this node forgot what it kept; waits until every live
     * node has forgotten too, or is silent for {@link #SILENT_FOR} (then it is dead, and its memory with it).
     * False if some node was still alive without having forgotten when the timeout ran out.
     */
    public boolean erased(Duration timeout) throws InterruptedException {
        Document counted = nodes.findOneAndUpdate(
                eq("_id", ERASURES),
                Updates.inc("count", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        long count = counted.get("count", Number.class).longValue();
        erasuresApplied = Math.max(erasuresApplied, count);
        beat();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<String> behind = new ArrayList<>();
            nodes.find(and(gt(SEEN_AT, silentSince()), exists(ERASURES_APPLIED)))
                    .forEach(node -> {
                        if (node.get(ERASURES_APPLIED, Number.class).longValue() < count) {
                            behind.add(node.getString("_id"));
                        }
                    });
            if (behind.isEmpty()) {
                return true;
            }
            if (System.nanoTime() - deadline > 0) {
                log.warn(
                        "Nodes {} did not confirm within {} that they forgot an erased person's data", behind, timeout);
                return false;
            }
            Thread.sleep(HEARTBEAT.toMillis() / 4);
        }
    }

    private long erasures() {
        Document counted = nodes.find(eq("_id", ERASURES)).first();
        return counted == null ? 0 : counted.get("count", Number.class).longValue();
    }

    private void beatSafely() {
        try {
            long count = erasures();
            if (count > erasuresApplied) {
                forgetters.forEach(Runnable::run);
                erasuresApplied = count;
            }
            beat();
        } catch (MongoException | IllegalStateException storeAway) {
            // The store is unreachable (restarting, say): this node is silent until it is back.
            log.debug("Heartbeat failed: {}", storeAway.getMessage());
        }
    }

    private void beat() {
        nodes.updateOne(
                eq("_id", name),
                Updates.combine(
                        Updates.set(SEEN_AT, Date.from(clock.instant())),
                        Updates.set(ERASURES_APPLIED, erasuresApplied)),
                new UpdateOptions().upsert(true));
    }

    private Date silentSince() {
        return Date.from(clock.instant().minus(SILENT_FOR));
    }

    /** A node that stops cleanly says so at once, so its claims and attempts need not wait to be taken over. */
    @Override
    public void close() {
        heartbeat.shutdownNow();
        try {
            // A heartbeat under way would otherwise write this node back after it is removed.
            if (!heartbeat.awaitTermination(5, TimeUnit.SECONDS)) {
                log.warn("The heartbeat of {} did not stop within 5 s", name);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        try {
            nodes.deleteOne(eq("_id", name));
        } catch (MongoException | IllegalStateException storeAway) {
            log.debug("Could not remove this node from {}: {}", COLLECTION, storeAway.getMessage());
        }
    }
}
