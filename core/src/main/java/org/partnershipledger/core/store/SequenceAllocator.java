package org.partnershipledger.core.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.bson.Document;

/**
 * Hands out global sequence numbers, taking them from a counter document in blocks so that an append
 * does not cost a round trip to the counter.
 *
 * <p>A block is used for at most its lease; the unused rest is then given back if nobody took numbers
 * after it, or else abandoned. Every number is therefore written within lease plus write timeout of
 * its block's allocation or never, which is what lets a reader give up an old gap (see
 * {@link TrackedEventReader}).
 */
final class SequenceAllocator {

    static final String COUNTER_ID = "events";
    private static final String NEXT = "next";

    private final MongoCollection<Document> counters;
    private final int blockSize;
    private final Duration lease;
    private final Clock clock;

    private long next;
    private long blockEnd;
    private Instant leaseEnds = Instant.MIN;

    SequenceAllocator(MongoCollection<Document> counters, int blockSize, Duration lease, Clock clock) {
        this.counters = counters;
        this.blockSize = blockSize;
        this.lease = lease;
        this.clock = clock;
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

    /** Returns the first of {@code count} consecutive numbers reserved for the caller alone. */
    long allocate(int count) {
        return allocate(count, -1);
    }

    /**
     * Returns the first of {@code count} consecutive numbers reserved for the caller alone, all above
     * {@code after}. Another node's block may lie below a number it handed out, so an aggregate's next
     * events could otherwise be numbered before its previous ones; a fresh block starts above every
     * number handed out so far.
     */
    synchronized long allocate(int count, long after) {
        if (next + count > blockEnd || clock.instant().isAfter(leaseEnds) || next <= after) {
            release();
            takeBlock(Math.max(count, blockSize));
        }
        long first = next;
        next += count;
        return first;
    }

    private void takeBlock(int size) {
        Instant takenAt = clock.instant();
        // The document as it was before the increment: the embedded server answers AFTER with its live
        // document, which a concurrent increment can change before the answer is sent.
        Document before = counters.findOneAndUpdate(
                new Document("_id", COUNTER_ID),
                Updates.inc(NEXT, (long) size),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE));
        next = before.get(NEXT, Number.class).longValue();
        blockEnd = next + size;
        leaseEnds = takenAt.plus(lease);
    }

    /** Gives back the numbers not handed out, unless someone took a block after ours. */
    synchronized void release() {
        if (next < blockEnd) {
            counters.updateOne(new Document("_id", COUNTER_ID).append(NEXT, blockEnd), Updates.set(NEXT, next));
            blockEnd = next;
        }
    }

    /** The first number not yet allocated: every event ever written has a smaller one. */
    long allocated() {
        Document counter = counters.find(new Document("_id", COUNTER_ID)).first();
        return counter == null ? 0 : counter.get(NEXT, Number.class).longValue();
    }
}
