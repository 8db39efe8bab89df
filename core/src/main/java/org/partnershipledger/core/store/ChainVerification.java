package org.partnershipledger.core.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Projections.include;
import static com.mongodb.client.model.Sorts.ascending;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.bson.Document;

/**
 * Recomputes aggregates' hash chains from the raw stored documents, trusting nothing but the documents:
 * not the engine, not the read models. An intact chain is reported with its head hash and event count;
 * a broken one with the first event where it breaks and why.
 */
public final class ChainVerification {

    private static final int BATCH = 1_000;

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> heads;

    public ChainVerification(MongoDatabase database) {
        this.events = database.getCollection(MongoEventStorageEngine.EVENTS);
        this.heads = database.getCollection(MongoEventStorageEngine.CHAIN_HEADS);
    }

    /** Why a chain breaks at an event. */
    public enum Reason {
        /** The event's content is not what was hashed when it was appended. */
        CONTENT_CHANGED,
        /**
         * The event's content is not what was hashed, and its text holds U+FFFD replacement characters: text
         * that was not valid Unicode when it was recorded (before the ledger refused such text) was hashed
         * as sent and stored with the invalid characters replaced. Not evidence of an edit, but the
         * original cannot be restored from the store, so the chain cannot vouch for the event.
         */
        INVALID_TEXT_REPLACED,
        /** An event the chain links to (or the head names) is not in the store. */
        EVENT_MISSING,
        /** The event was not appended by the ledger in this place. */
        EVENT_INSERTED,
        /** The event is in the store, but not in the place it was appended in. */
        ORDER_CHANGED;

        /** As a person reads it: "content changed". */
        public String description() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    /** Where a chain breaks: the sequence number (place in the stream) and the stored event there, if any. */
    public record Break(long sequenceNumber, String eventIdentifier, Reason reason) {}

    /**
     * What verification found; the head hash is that of the last event of the intact part (all of it when
     * nothing breaks), the genesis hash when even the first event fails.
     */
    public record Report(String aggregateIdentifier, long eventCount, String headHash, Optional<Break> firstBreak) {
        public boolean intact() {
            return firstBreak.isEmpty();
        }
    }

    /**
     * The chain of one aggregate (a partnership's id, for example), streamed from the store holding none
     * but the last hash. Its head is read first, so an event appended meanwhile only extends the chain.
     * An intact chain is read once; a chain that breaks is read again to tell where and why.
     */
    public Report verify(String aggregateIdentifier) {
        ChainHeads.Head head = ChainHeads.head(heads, aggregateIdentifier);
        return intact(aggregateIdentifier, head).orElseGet(() -> explained(aggregateIdentifier, head));
    }

    /**
     * The chain read once, each event checked against the one before it alone: empty at the first event
     * that does not follow. A copy of an event cannot pass for its successor without a collision of
     * SHA-256, so a chain read through to its head here is what {@link #explained} finds intact.
     */
    private Optional<Report> intact(String aggregateIdentifier, ChainHeads.Head head) {
        String previous = HashChain.GENESIS;
        String atHead = null;
        long count = 0;
        try (MongoCursor<Document> stored = stream(aggregateIdentifier).cursor()) {
            while (stored.hasNext()) {
                Document event = stored.next();
                String hash = event.getString(HashChain.HASH);
                if (hash == null
                        || !previous.equals(event.getString(HashChain.PREVIOUS_HASH))
                        || sequenceOf(event) != count
                        || !hash.equals(HashChain.hash(previous, event))) {
                    return Optional.empty();
                }
                if (head != null && head.sequenceNumber() == count) {
                    atHead = hash;
                }
                previous = hash;
                count++;
            }
        }
        if (head != null && !head.hash().equals(atHead)) {
            return Optional.empty();
        }
        return Optional.of(new Report(aggregateIdentifier, count, previous, Optional.empty()));
    }

    /**
     * Where a chain breaks and why, from two readings: once for its hashes alone (where each is, and
     * whether one is there twice), once for the documents, holding none but the last two.
     */
    private Report explained(String aggregateIdentifier, ChainHeads.Head head) {
        Hashes hashes = new Hashes();
        try (MongoCursor<Document> stored =
                stream(aggregateIdentifier).projection(include(HashChain.HASH)).cursor()) {
            stored.forEachRemaining(document -> hashes.add(document.getString(HashChain.HASH)));
        }
        if (hashes.count == 0) {
            return new Walk(aggregateIdentifier, hashes, head).through(java.util.Collections.emptyIterator());
        }
        try (MongoCursor<Document> stored =
                stream(aggregateIdentifier).limit(hashes.count).cursor()) {
            return new Walk(aggregateIdentifier, hashes, head).through(stored);
        }
    }

    private FindIterable<Document> stream(String aggregateIdentifier) {
        return events.find(eq(EventDocuments.AGGREGATE_IDENTIFIER, aggregateIdentifier))
                .sort(ascending(EventDocuments.SEQUENCE_NUMBER, EventDocuments.GLOBAL_SEQUENCE))
                .batchSize(BATCH);
    }

    /**
     * The stored hash of an aggregate's event at a place (its sequence number); to be trusted only when
     * the chain verified intact through that place.
     */
    public Optional<String> hashAt(String aggregateIdentifier, long place) {
        return Optional.ofNullable(events.find(and(
                                eq(EventDocuments.AGGREGATE_IDENTIFIER, aggregateIdentifier),
                                eq(EventDocuments.SEQUENCE_NUMBER, place)))
                        .first())
                .map(event -> event.getString(HashChain.HASH));
    }

    /** Every aggregate in the store (and every one with a head whose events are all gone), by identifier. */
    public List<Report> verifyAll() {
        TreeSet<String> aggregates = new TreeSet<>();
        events.distinct(EventDocuments.AGGREGATE_IDENTIFIER, String.class).forEach(aggregates::add);
        heads.distinct("_id", String.class).forEach(aggregates::add);
        return aggregates.stream().map(this::verify).toList();
    }

    /** Where each hash of a stream is (its first place) and how often it occurs. */
    private static final class Hashes {
        private final Map<String, Integer> placeOfHash = new HashMap<>();
        private final Map<String, Integer> timesOfHash = new HashMap<>();
        private int count;

        void add(String hash) {
            if (hash != null) {
                placeOfHash.putIfAbsent(hash, count);
                timesOfHash.merge(hash, 1, Integer::sum);
            }
            count++;
        }
    }

    /** The documents of a stream in order, checked one by one against the hashes read before. */
    private static final class Walk {
        private final String aggregate;
        private final Hashes hashes;
        private final ChainHeads.Head head;
        private Document beforePreviousDocument;
        private Document previousDocument;
        private Document atHead;

        Walk(String aggregate, Hashes hashes, ChainHeads.Head head) {
            this.aggregate = aggregate;
            this.hashes = hashes;
            this.head = head;
        }

        Report through(Iterator<Document> stream) {
            String previous = HashChain.GENESIS;
            String beforePrevious = null;
            int i = 0;
            for (; i < hashes.count && stream.hasNext(); i++) {
                Document event = stream.next();
                Report broken = check(i, event, previous, beforePrevious);
                if (broken != null) {
                    return broken;
                }
                if (head != null && head.sequenceNumber() == i) {
                    atHead = event;
                }
                beforePreviousDocument = previousDocument;
                previousDocument = event;
                beforePrevious = previous;
                previous = event.getString(HashChain.HASH);
            }
            if (i < hashes.count) {
                // Deleted between the two readings: missing now.
                return new Report(aggregate, i, previous, Optional.of(new Break(i, null, Reason.EVENT_MISSING)));
            }
            if (head != null) {
                // Events appended after the head was written (a crash between the two) only extend the chain.
                if (head.sequenceNumber() >= hashes.count) {
                    return new Report(
                            aggregate,
                            hashes.count,
                            previous,
                            Optional.of(new Break(hashes.count, null, Reason.EVENT_MISSING)));
                }
                if (!head.hash().equals(atHead.getString(HashChain.HASH))) {
                    return broken((int) head.sequenceNumber(), atHead, Reason.CONTENT_CHANGED, hashBefore(atHead));
                }
            }
            return new Report(aggregate, hashes.count, previous, Optional.empty());
        }

        private Report check(int i, Document event, String previous, String beforePrevious) {
            String hash = event.getString(HashChain.HASH);
            String linkedTo = event.getString(HashChain.PREVIOUS_HASH);
            if (hash == null || linkedTo == null) {
                return broken(i, event, Reason.EVENT_INSERTED, previous(i));
            }
            if (!hash.equals(HashChain.hash(linkedTo, event))) {
                return broken(
                        i,
                        event,
                        holdsReplacedText(event) ? Reason.INVALID_TEXT_REPLACED : Reason.CONTENT_CHANGED,
                        previous(i));
            }
            if (hashes.timesOfHash.getOrDefault(hash, 1) > 1) {
                // A copy of an event of the chain.
                return broken(i, event, Reason.EVENT_INSERTED, previous(i));
            }
            if (!linkedTo.equals(previous)) {
                Integer place = hashes.placeOfHash.get(linkedTo);
                if (place != null && place > i) {
                    return broken(i, event, Reason.ORDER_CHANGED, previous(i));
                }
                if (linkedTo.equals(beforePrevious)) {
                    // This event follows the one two places back: the one in between does not belong.
                    return broken(i - 1, previousDocument, Reason.EVENT_INSERTED, hashOf(beforePreviousDocument));
                }
                return broken(i, event, Reason.EVENT_MISSING, previous(i));
            }
            long sequence = sequenceOf(event);
            if (sequence > i) {
                return broken(i, event, Reason.EVENT_MISSING, previous(i));
            }
            if (sequence < i) {
                return broken(i, event, Reason.EVENT_INSERTED, previous(i));
            }
            return null;
        }

        /** The stored hash of the document before place {@code i} (the genesis hash before the first). */
        private String previous(int i) {
            return i == 0 ? HashChain.GENESIS : previousDocument.getString(HashChain.HASH);
        }

        // Only the head check needs the hash before a place long passed: the chain was intact there.
        private String hashBefore(Document event) {
            return event.getString(HashChain.PREVIOUS_HASH);
        }

        private static String hashOf(Document document) {
            return document == null ? HashChain.GENESIS : document.getString(HashChain.HASH);
        }

        private Report broken(int place, Document event, Reason reason, String head) {
            return new Report(
                    aggregate,
                    hashes.count,
                    head,
                    Optional.of(new Break(place, event.getString(EventDocuments.EVENT_IDENTIFIER), reason)));
        }
    }

    private static boolean holdsReplacedText(Object value) {
        if (value instanceof String text) {
            return text.indexOf('\uFFFD') >= 0;
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .anyMatch(entry -> holdsReplacedText(entry.getKey()) || holdsReplacedText(entry.getValue()));
        }
        if (value instanceof List<?> list) {
            return list.stream().anyMatch(ChainVerification::holdsReplacedText);
        }
        return false;
    }

    private static long sequenceOf(Document event) {
        Number sequence = event.get(EventDocuments.SEQUENCE_NUMBER, Number.class);
        return sequence == null ? -1 : sequence.longValue();
    }
}
