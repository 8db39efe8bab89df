package org.partnershipledger.core.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Sorts.ascending;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Links events into their aggregate's hash chain as they are appended, and keeps each aggregate's head
 * (last sequence number and hash) in a collection of its own, so that removing the last events of a
 * stream shows too: the head then names an event that is gone.
 */
final class ChainHeads {

    private static final Logger log = LoggerFactory.getLogger(ChainHeads.class);

    static final String SEQUENCE_NUMBER = EventDocuments.SEQUENCE_NUMBER;

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> heads;

    /** The heads this engine wrote last, so an append does not read its predecessor back. */
    private final Map<String, Head> recent = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Head> eldest) {
            return size() > 10_000;
        }
    });

    record Head(long sequenceNumber, String hash) {}

    private final Map<String, Head> pending = new HashMap<>();
    private final ScheduledExecutorService flusher;

    ChainHeads(MongoCollection<Document> events, MongoCollection<Document> heads, Duration flushInterval) {
        this.events = events;
        this.heads = heads;
        if (flushInterval.isZero()) {
            this.flusher = null;
        } else {
            this.flusher = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "chain-heads");
                thread.setDaemon(true);
                return thread;
            });
            flusher.scheduleWithFixedDelay(
                    this::flushQuietly, flushInterval.toMillis(), flushInterval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException failed) {
            log.warn("Could not write chain heads; trying again shortly", failed);
        }
    }

    /** The head recorded for an aggregate, if any event of it was appended with a chain. */
    static Head head(MongoCollection<Document> heads, String aggregate) {
        Document head = heads.find(eq("_id", aggregate)).first();
        return head == null
                ? null
                : new Head(head.get(SEQUENCE_NUMBER, Number.class).longValue(), head.getString(HashChain.HASH));
    }

    /** Adds {@code previousHash} and {@code hash} to documents about to be appended, in their order. */
    void link(List<Document> documents) {
        Map<String, String> last = new LinkedHashMap<>();
        for (Document document : documents) {
            String aggregate = document.getString(EventDocuments.AGGREGATE_IDENTIFIER);
            long sequence = document.get(SEQUENCE_NUMBER, Number.class).longValue();
            String previous = last.containsKey(aggregate) ? last.get(aggregate) : previousHash(aggregate, sequence);
            HashChain.link(document, previous);
            last.put(aggregate, document.getString(HashChain.HASH));
        }
    }

    /**
     * Moves the heads forward once the documents are stored; a head never moves back. Heads are written
     * in batches (every {@code flushInterval}, at once when it is zero) so tamper evidence does not cost an
     * extra write per append; a head that lags only lets verification accept a longer chain, and a head
     * written after its last events were removed still names them.
     */
    void advance(List<Document> documents) {
        Map<String, Head> lastOfEach = new LinkedHashMap<>();
        documents.forEach(document -> lastOfEach.put(
                document.getString(EventDocuments.AGGREGATE_IDENTIFIER),
                new Head(document.get(SEQUENCE_NUMBER, Number.class).longValue(), document.getString(HashChain.HASH))));
        lastOfEach.forEach(recent::put);
        if (flusher == null) {
            write(lastOfEach);
            return;
        }
        synchronized (pending) {
            lastOfEach.forEach((aggregate, head) -> pending.merge(
                    aggregate, head, (one, other) -> one.sequenceNumber() >= other.sequenceNumber() ? one : other));
        }
    }

    /** Writes the heads not written yet. */
    void flush() {
        Map<String, Head> toWrite;
        synchronized (pending) {
            toWrite = new LinkedHashMap<>(pending);
            pending.clear();
        }
        try {
            write(toWrite);
        } catch (RuntimeException failed) {
            synchronized (pending) {
                toWrite.forEach((aggregate, head) -> pending.merge(
                        aggregate,
                        head,
                        (newer, older) -> newer.sequenceNumber() >= older.sequenceNumber() ? newer : older));
            }
            throw failed;
        }
    }

    void close() {
        if (flusher != null) {
            flusher.shutdown();
            try {
                flusher.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        flush();
    }

    private void write(Map<String, Head> toWrite) {
        if (toWrite.isEmpty()) {
            return;
        }
        List<UpdateOneModel<Document>> updates = toWrite.entrySet().stream()
                .map(head -> new UpdateOneModel<Document>(
                        and(
                                eq("_id", head.getKey()),
                                lt(SEQUENCE_NUMBER, head.getValue().sequenceNumber())),
                        Updates.combine(
                                Updates.set(SEQUENCE_NUMBER, head.getValue().sequenceNumber()),
                                Updates.set(HashChain.HASH, head.getValue().hash())),
                        new UpdateOptions().upsert(true)))
                .toList();
        try {
            heads.bulkWrite(updates, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException some) {
            // An upsert that found a head further on (written by an append that overtook this one) is fine.
            if (some.getWriteErrors().stream()
                    .anyMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY)) {
                throw some;
            }
        }
    }

    private String previousHash(String aggregate, long sequence) {
        if (sequence == 0) {
            return HashChain.GENESIS;
        }
        Head known = recent.get(aggregate);
        if (known == null || known.sequenceNumber() != sequence - 1) {
            known = head(heads, aggregate);
        }
        if (known != null && known.sequenceNumber() == sequence - 1) {
            return known.hash();
        }
        Document previous = events.find(
                        and(eq(EventDocuments.AGGREGATE_IDENTIFIER, aggregate), eq(SEQUENCE_NUMBER, sequence - 1)))
                .first();
        if (previous != null && previous.getString(HashChain.HASH) != null) {
            return previous.getString(HashChain.HASH);
        }
        return chainUnchained(aggregate, sequence);
    }

    /**
     * Events stored before the ledger kept chains get theirs on the next append to their aggregate, in
     * order, so a stream is chained from its first event; the hash of the last one is returned. (A gap in
     * the stream stays visible: verification reports the missing event.)
     */
    private String chainUnchained(String aggregate, long before) {
        String previous = HashChain.GENESIS;
        for (Document document : events.find(
                        and(eq(EventDocuments.AGGREGATE_IDENTIFIER, aggregate), lt(SEQUENCE_NUMBER, before)))
                .sort(ascending(SEQUENCE_NUMBER))) {
            String hash = HashChain.hash(previous, document);
            events.updateOne(
                    eq("_id", document.get("_id")),
                    Updates.combine(Updates.set(HashChain.PREVIOUS_HASH, previous), Updates.set(HashChain.HASH, hash)));
            previous = hash;
        }
        return previous;
    }
}
