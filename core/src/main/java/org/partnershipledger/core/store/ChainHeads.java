package org.partnershipledger.core.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Sorts.ascending;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * Links events into their aggregate's hash chain as they are appended, and keeps each aggregate's head
 * (last sequence number and hash) in a collection of its own, so that removing the last events of a
 * stream shows too: the head then names an event that is gone.
 */
final class ChainHeads {

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

    ChainHeads(MongoCollection<Document> events, MongoCollection<Document> heads) {
        this.events = events;
        this.heads = heads;
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

    /** Moves the heads forward once the documents are stored; a head never moves back. */
    void advance(List<Document> documents) {
        Map<String, Document> lastOfEach = new LinkedHashMap<>();
        documents.forEach(
                document -> lastOfEach.put(document.getString(EventDocuments.AGGREGATE_IDENTIFIER), document));
        lastOfEach.forEach((aggregate, document) -> {
            long sequence = document.get(SEQUENCE_NUMBER, Number.class).longValue();
            String hash = document.getString(HashChain.HASH);
            try {
                heads.updateOne(
                        and(eq("_id", aggregate), lt(SEQUENCE_NUMBER, sequence)),
                        Updates.combine(Updates.set(SEQUENCE_NUMBER, sequence), Updates.set(HashChain.HASH, hash)),
                        new UpdateOptions().upsert(true));
            } catch (MongoWriteException aheadAlready) {
                // The upsert found a head further on, written by a later append that overtook this one.
                if (ErrorCategory.fromErrorCode(aheadAlready.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw aheadAlready;
                }
            }
            recent.put(aggregate, new Head(sequence, hash));
        });
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
