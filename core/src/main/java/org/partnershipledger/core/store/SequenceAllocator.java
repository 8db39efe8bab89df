package org.partnershipledger.core.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * Hands out global sequence numbers from a counter document. Each append takes one contiguous block,
 * sized to its events, in a single atomic update. Numbers are therefore allocated in the order they are
 * handed out, which is what lets a reader decide that an old gap can never be filled any more.
 */
final class SequenceAllocator {

    static final String COUNTER_ID = "events";
    private static final String NEXT = "next";

    private final MongoCollection<Document> counters;

    SequenceAllocator(MongoCollection<Document> counters) {
        this.counters = counters;
        // Created before the first append, so concurrent first appends never race to create it.
        try {
            counters.updateOne(
                    new Document("_id", COUNTER_ID), Updates.setOnInsert(NEXT, 0L), new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    /** Returns the first number of a block of {@code count} numbers reserved for the caller alone. */
    long allocate(int count) {
        // The document as it was before the increment: the embedded server answers AFTER with its live
        // document, which a concurrent increment can change before the answer is sent.
        Document before = counters.findOneAndUpdate(
                new Document("_id", COUNTER_ID),
                Updates.inc(NEXT, (long) count),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE));
        return before.get(NEXT, Number.class).longValue();
    }

    /** The first number not yet allocated: every event ever written has a smaller one. */
    long next() {
        Document counter = counters.find(new Document("_id", COUNTER_ID)).first();
        return counter == null ? 0 : counter.get(NEXT, Number.class).longValue();
    }
}
