package org.partnershipledger.core.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Sorts.ascending;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.HashMap;
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

    /** The chain of one aggregate (a partnership's id, for example). */
    public Report verify(String aggregateIdentifier) {
        List<Document> stream = new ArrayList<>();
        events.find(eq(EventDocuments.AGGREGATE_IDENTIFIER, aggregateIdentifier))
                .sort(ascending(EventDocuments.SEQUENCE_NUMBER, EventDocuments.GLOBAL_SEQUENCE))
                .forEach(stream::add);
        return verify(aggregateIdentifier, stream, ChainHeads.head(heads, aggregateIdentifier));
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

    static Report verify(String aggregate, List<Document> stream, ChainHeads.Head head) {
        Map<String, Integer> placeOfHash = new HashMap<>();
        Map<String, Integer> timesOfHash = new HashMap<>();
        for (int i = 0; i < stream.size(); i++) {
            String hash = stream.get(i).getString(HashChain.HASH);
            if (hash != null) {
                placeOfHash.putIfAbsent(hash, i);
                timesOfHash.merge(hash, 1, Integer::sum);
            }
        }
        String previous = HashChain.GENESIS;
        String beforePrevious = null;
        for (int i = 0; i < stream.size(); i++) {
            Document event = stream.get(i);
            String hash = event.getString(HashChain.HASH);
            String linkedTo = event.getString(HashChain.PREVIOUS_HASH);
            if (hash == null || linkedTo == null) {
                return broken(aggregate, stream, i, event, Reason.EVENT_INSERTED);
            }
            if (!hash.equals(HashChain.hash(linkedTo, event))) {
                return broken(
                        aggregate,
                        stream,
                        i,
                        event,
                        holdsReplacedText(event) ? Reason.INVALID_TEXT_REPLACED : Reason.CONTENT_CHANGED);
            }
            if (timesOfHash.get(hash) > 1) {
                // A copy of an event of the chain.
                return broken(aggregate, stream, i, event, Reason.EVENT_INSERTED);
            }
            if (!linkedTo.equals(previous)) {
                Integer place = placeOfHash.get(linkedTo);
                if (place != null && place > i) {
                    return broken(aggregate, stream, i, event, Reason.ORDER_CHANGED);
                }
                if (linkedTo.equals(beforePrevious)) {
                    // This event follows the one two places back: the one in between does not belong.
                    return broken(aggregate, stream, i - 1, stream.get(i - 1), Reason.EVENT_INSERTED);
                }
                return broken(aggregate, stream, i, event, Reason.EVENT_MISSING);
            }
            long sequence = sequenceOf(event);
            if (sequence > i) {
                return broken(aggregate, stream, i, event, Reason.EVENT_MISSING);
            }
            if (sequence < i) {
                return broken(aggregate, stream, i, event, Reason.EVENT_INSERTED);
            }
            beforePrevious = previous;
            previous = hash;
        }
        if (head != null) {
            // Events appended after the head was written (a crash between the two) only extend the chain.
            if (head.sequenceNumber() >= stream.size()) {
                return new Report(
                        aggregate,
                        stream.size(),
                        previous,
                        Optional.of(new Break(stream.size(), null, Reason.EVENT_MISSING)));
            }
            Document atHead = stream.get((int) head.sequenceNumber());
            if (!head.hash().equals(atHead.getString(HashChain.HASH))) {
                return broken(aggregate, stream, (int) head.sequenceNumber(), atHead, Reason.CONTENT_CHANGED);
            }
        }
        return new Report(aggregate, stream.size(), previous, Optional.empty());
    }

    private static Report broken(String aggregate, List<Document> stream, int place, Document event, Reason reason) {
        String head = place == 0 ? HashChain.GENESIS : stream.get(place - 1).getString(HashChain.HASH);
        return new Report(
                aggregate,
                stream.size(),
                head,
                Optional.of(new Break(place, event.getString(EventDocuments.EVENT_IDENTIFIER), reason)));
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
