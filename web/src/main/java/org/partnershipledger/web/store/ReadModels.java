package org.partnershipledger.web.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.partnershipledger.core.store.MongoTokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The read models, one streaming processor each, rebuilt from the whole history on request (a replay
 * after a change, or an erasure). The ledger keeps accepting commands meanwhile; a read model catches up
 * with them once its replay has passed.
 *
 * <p>Several nodes on one store share the read models: each read model is one segment, processed by the node
 * that holds its claim, and a node holding more than its share ({@link #shareWithOtherNodes}) lets one go for
 * another node to take. A replay asked of one node is written to {@code replays}: the other nodes stop that
 * read model until the asking node has reset it, so that it can claim it.
 */
@Component
public class ReadModels {

    public static final String REPLAYS = "replays";
    private static final Logger log = LoggerFactory.getLogger(ReadModels.class);
    // Long enough for a dead node's claim to run out and for the others to stop the read model.
    private static final Duration CLAIM_WAIT = Duration.ofMinutes(1);
    // A read model let go for another node is not claimed back by this one sooner: long enough for the others
    // to claim it (every 2 s), short enough to take it back at once should the one that took it die.
    private static final Duration LET_GO_FOR = Duration.ofSeconds(5);

    private final EventProcessingConfiguration processing;
    private final EventStore events;
    private final MongoTokenStore tokens;
    private final LedgerNodes nodes;
    private final MongoCollection<Document> replays;
    // Read models this node stopped because another node replays them.
    private final Set<String> stoppedForReplay = ConcurrentHashMap.newKeySet();
    private final ExecutorService claiming = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "read-model-replay");
        thread.setDaemon(true);
        return thread;
    });

    ReadModels(
            EventProcessingConfiguration processing,
            EventStore events,
            MongoTokenStore tokens,
            LedgerNodes nodes,
            MongoDatabase database) {
        this.processing = processing;
        this.events = events;
        this.tokens = tokens;
        this.nodes = nodes;
        this.replays = database.getCollection(REPLAYS);
    }

    /** Starts rebuilding one read model; false if there is none by that name. */
    public boolean replay(String name) {
        Optional<StreamingEventProcessor> processor = processing.eventProcessor(name, StreamingEventProcessor.class);
        processor.ifPresent(this::restartFromTheBeginning);
        return processor.isPresent();
    }

    /** Starts rebuilding every read model; their names. */
    public List<String> replayAll() {
        List<String> names = new ArrayList<>();
        for (StreamingEventProcessor processor : processors()) {
            restartFromTheBeginning(processor);
            names.add(processor.getName());
        }
        names.sort(null);
        return names;
    }

    /**
     * Waits until every read model has handled every event recorded before the call, replays included, on
     * whichever node processes it; false if that took longer than the timeout.
     */
    public boolean awaitUpToDate(Duration timeout) throws InterruptedException {
        long head = position(events.createHeadToken());
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!upTo(head)) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    private boolean upTo(long head) {
        for (StreamingEventProcessor processor : processors()) {
            if (replays.find(eq("_id", processor.getName())).first() != null) {
                return false;
            }
            List<TrackingToken> segments = tokens.positions(processor.getName());
            // A replay's token stays one until an event after its reset is handled: its position tells.
            if (segments.isEmpty() || segments.stream().anyMatch(token -> position(token) < head)) {
                return false;
            }
        }
        return true;
    }

    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }

    private List<StreamingEventProcessor> processors() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .sorted(Comparator.comparing(StreamingEventProcessor::getName))
                .toList();
    }

    /**
     * Resets the read model at once when this node can claim all of it (it alone runs it); otherwise asks the
     * other nodes to stop it and resets it in the background once their claims are released.
     */
    private void restartFromTheBeginning(StreamingEventProcessor processor) {
        String name = processor.getName();
        replays.replaceOne(
                eq("_id", name),
                new Document("_id", name).append("by", nodes.name()).append("at", Date.from(Instant.now())),
                new ReplaceOptions().upsert(true));
        processor.shutDown();
        if (!resetTokens(processor)) {
            claiming.execute(() -> resetOnceClaimable(processor));
        }
    }

    private void resetOnceClaimable(StreamingEventProcessor processor) {
        long deadline = System.nanoTime() + CLAIM_WAIT.toNanos();
        try {
            while (!resetTokens(processor)) {
                if (System.nanoTime() - deadline > 0) {
                    log.error(
                            "Could not rebuild {}: other nodes kept it claimed for {}; it goes on unchanged",
                            processor.getName(),
                            CLAIM_WAIT);
                    replays.deleteOne(and(eq("_id", processor.getName()), eq("by", nodes.name())));
                    processor.start();
                    return;
                }
                Thread.sleep(250);
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    /** Resets and starts the processor if this node can claim every segment of it; false if another node holds one. */
    private boolean resetTokens(StreamingEventProcessor processor) {
        try {
            processor.resetTokens();
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof UnableToClaimTokenException) {
                    return false; // another node holds a segment
                }
            }
            throw e;
        }
        processor.start();
        replays.deleteOne(and(eq("_id", processor.getName()), eq("by", nodes.name())));
        log.info("Rebuilding {} from the whole history", processor.getName());
        return true;
    }

    /**
     * Stops a read model another live node is replaying, so that it can claim it, and starts it again once
     * that node has reset it (or died).
     */
    @Scheduled(fixedDelay = 500, timeUnit = TimeUnit.MILLISECONDS)
    void followReplaysElsewhere() {
        Set<String> replayedElsewhere = new HashSet<>();
        try {
            for (Document replay : replays.find()) {
                String by = replay.getString("by");
                if (by.equals(nodes.name())) {
                    continue;
                }
                boolean requesterGone = !nodes.alive(by)
                        && replay.getDate("at")
                                .toInstant()
                                .isBefore(Instant.now().minus(LedgerNodes.SILENT_FOR));
                if (requesterGone) {
                    replays.deleteOne(and(eq("_id", replay.getString("_id")), eq("by", by)));
                } else {
                    replayedElsewhere.add(replay.getString("_id"));
                }
            }
        } catch (MongoException storeAway) {
            return; // nothing to follow while the store cannot be reached
        }
        for (StreamingEventProcessor processor : processors()) {
            String name = processor.getName();
            if (replayedElsewhere.contains(name) && stoppedForReplay.add(name)) {
                processor.shutDown();
            } else if (!replayedElsewhere.contains(name) && stoppedForReplay.remove(name)) {
                processor.start();
            }
        }
    }

    /**
     * A node that started first claims every read model; so each node that holds more than its share of the
     * read models (their number divided by the live nodes, rounded up) lets one go every few seconds, which
     * a node with fewer then claims.
     */
    @Scheduled(fixedDelay = 5, timeUnit = TimeUnit.SECONDS)
    void shareWithOtherNodes() {
        List<StreamingEventProcessor> all = processors();
        int alive;
        try {
            alive = Math.max(1, nodes.aliveCount());
        } catch (MongoException storeAway) {
            return;
        }
        int share = (all.size() + alive - 1) / alive;
        List<StreamingEventProcessor> held = all.stream()
                .filter(processor -> !processor.processingStatus().isEmpty())
                .toList();
        if (held.size() > share) {
            StreamingEventProcessor letGo = held.get(held.size() - 1);
            for (Map.Entry<Integer, ?> segment : letGo.processingStatus().entrySet()) {
                letGo.releaseSegment(segment.getKey(), LET_GO_FOR.toMillis(), TimeUnit.MILLISECONDS);
            }
            log.info(
                    "Let {} go for another node: this node held {} read models of {} on {} nodes",
                    letGo.getName(),
                    held.size(),
                    all.size(),
                    alive);
        }
    }

    @PreDestroy
    void stop() {
        claiming.shutdownNow();
    }
}
