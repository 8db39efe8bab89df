package org.partnershipledger.web.api;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.bson.Document;
import org.bson.types.Binary;
import org.partnershipledger.core.store.EventReference;
import org.partnershipledger.core.store.MongoEventStorageEngine;
import org.partnershipledger.web.store.DataStore;
import org.partnershipledger.web.store.LedgerNodes;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The idempotency keys and the answers given for them, kept so that an act is recorded once however often
 * its request is sent, also across a crash of the ledger.
 *
 * <p>An attempt's answer is stored before the events it answers for ({@link #handle}, called just before
 * they are appended), together with where the first of them will be stored. A crash after the events and
 * before the answer is therefore impossible; after the answer and before the events, the retry finds no event
 * in that place and executes the request anew. On a real MongoDB the keys are written with the majority
 * journaled write concern, so each write is durable before the next step; on the embedded store every commit
 * holds all that was written before it, so the events are never durable without their answer.
 */
@Component("storedIdempotencyKeys") // "idempotencyKeys" names their OpenAPI header
class IdempotencyKeys implements MessageDispatchInterceptor<EventMessage<?>> {

    static final String COLLECTION = "idempotency_keys";
    private static final Duration KEPT = Duration.ofDays(2);
    // On a store other processes share, an attempt of another process is taken for dead after this long,
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);
    // or after this long once its node has been silent (LedgerNodes.SILENT_FOR): longer than a write of the
    // dead node may still take to arrive (the driver's socket timeout, 30 s).
    static final Duration ABANDONED_BY_A_DEAD_NODE_AFTER = Duration.ofSeconds(40);

    private static final String IN_PROGRESS = "IN_PROGRESS";
    private static final String RECORDING = "RECORDING"; // answered, its events being appended
    private static final String ANSWERED = "ANSWERED";

    private final MongoCollection<Document> keys;
    private final MongoEventStorageEngine events;
    private final DataStore store;
    private final LedgerNodes nodes;
    private final String process;
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    IdempotencyKeys(
            MongoDatabase database,
            MongoEventStorageEngine events,
            DataStore store,
            EventBus eventBus,
            LedgerNodes nodes) {
        this.keys = database.getCollection(COLLECTION).withWriteConcern(WriteConcern.MAJORITY.withJournal(true));
        this.nodes = nodes;
        this.process = nodes.name();
        this.events = events;
        this.store = store;
        eventBus.registerDispatchInterceptor(this);
    }

    /** One execution of a request with a key; the unit of work it runs in carries it as {@link Answering}. */
    record Attempt(String key, String id) {}

    /** An attempt with the answer it gives, once its request was handled and before its events are appended. */
    record Answering(Attempt attempt, Answer answer, AtomicBoolean recordedEvents) {

        static final String RESOURCE = Answering.class.getName();

        Answering(Attempt attempt, Answer answer) {
            this(attempt, answer, new AtomicBoolean());
        }
    }

    record Answer(int status, String location, String contentType, byte[] body) {}

    /** What to do with a request: execute it, give an earlier answer again, or refuse it. */
    sealed interface Outcome {}

    record Execute(Attempt attempt) implements Outcome {}

    record AnswerAgain(Answer answer) implements Outcome {}

    record KeyInUse(boolean otherRequest) implements Outcome {}

    Outcome begin(String key, String fingerprint) {
        Document first = keys.find(eq("_id", key)).first();
        if (first == null) {
            Attempt attempt = new Attempt(key, UUID.randomUUID().toString());
            try {
                running.add(attempt.id());
                keys.insertOne(new Document("_id", key)
                        .append("fingerprint", fingerprint)
                        .append("createdAt", now())
                        .append("state", IN_PROGRESS)
                        .append("attempt", attempt.id())
                        .append("process", process)
                        .append("startedAt", now()));
                return new Execute(attempt);
            } catch (MongoWriteException e) {
                running.remove(attempt.id());
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                return new KeyInUse(false);
            }
        }
        if (!first.getString("fingerprint").equals(fingerprint)) {
            return new KeyInUse(true);
        }
        if (ANSWERED.equals(first.getString("state"))) {
            store.awaitDurable(); // never answer again with what a crash could still take back
            return new AnswerAgain(answer(first));
        }
        if (stillRunning(first)) {
            return new KeyInUse(false);
        }
        if (RECORDING.equals(first.getString("state")) && events.holds(reference(first))) {
            store.awaitDurable();
            keys.updateOne(
                    and(eq("_id", key), eq("attempt", first.getString("attempt"))),
                    new Document("$set", new Document("state", ANSWERED)).append("$unset", new Document("event", "")));
            return new AnswerAgain(answer(first));
        }
        return takeOver(first);
    }

    /**
     * An attempt that ended without an answer (its process was killed, or its events could not be stored):
     * executed anew, by one retry only.
     */
    private Outcome takeOver(Document abandoned) {
        Attempt attempt =
                new Attempt(abandoned.getString("_id"), UUID.randomUUID().toString());
        running.add(attempt.id());
        long taken = keys.updateOne(
                        and(eq("_id", attempt.key()), eq("attempt", abandoned.getString("attempt"))),
                        new Document("$set", started(attempt))
                                .append("$unset", unset("status", "location", "contentType", "body", "event")))
                .getModifiedCount();
        if (taken == 0) {
            running.remove(attempt.id());
            return new KeyInUse(false);
        }
        return new Execute(attempt);
    }

    private boolean stillRunning(Document attempt) {
        if (process.equals(attempt.getString("process"))) {
            return running.contains(attempt.getString("attempt"));
        }
        if (store.exclusive()) {
            return false;
        }
        Instant started = attempt.getDate("startedAt").toInstant();
        if (started.isBefore(Instant.now().minus(ABANDONED_BY_A_DEAD_NODE_AFTER))
                && !nodes.alive(attempt.getString("process"))) {
            return false;
        }
        return started.isAfter(Instant.now().minus(ABANDONED_AFTER));
    }

    /**
     * Called with the events of a unit of work just before they are appended: an attempt's answer is stored
     * first, with where its first event will be, so that a retry can tell whether the events were stored.
     */
    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> batch) {
        if (!batch.isEmpty() && CurrentUnitOfWork.isStarted()) {
            Answering answering = CurrentUnitOfWork.get().root().getResource(Answering.RESOURCE);
            if (answering != null && answering.recordedEvents().compareAndSet(false, true)) {
                EventReference first = EventReference.of(batch.get(0));
                Document reference = new Document("aggregate", first.aggregateIdentifier())
                        .append("sequence", first.sequenceNumber())
                        .append("id", first.eventIdentifier());
                update(
                        answering.attempt(),
                        answer(answering.answer(), RECORDING).append("event", reference));
            }
        }
        return (index, event) -> event;
    }

    /** The attempt's events are stored: its answer is final. */
    void confirmed(Attempt attempt) {
        update(attempt, new Document("state", ANSWERED), unset("event"));
    }

    /** An answer for which nothing was appended, durable before it is given. */
    void answered(Attempt attempt, Answer answer) {
        update(attempt, answer(answer, ANSWERED));
        store.awaitDurable();
    }

    /** The attempt failed before recording anything: a retry is tried anew. */
    void forget(Attempt attempt) {
        try {
            keys.deleteOne(and(eq("_id", attempt.key()), eq("attempt", attempt.id())));
        } catch (MongoException storeAway) {
            // The key stays with this node, which takes it over at the retry: the attempt no longer runs here.
        }
    }

    void finished(Attempt attempt) {
        running.remove(attempt.id());
    }

    @Scheduled(fixedDelay = 1, timeUnit = TimeUnit.HOURS)
    void forgetOldKeys() {
        keys.deleteMany(lt("createdAt", Date.from(Instant.now().minus(KEPT))));
    }

    private void update(Attempt attempt, Document set) {
        update(attempt, set, null);
    }

    private void update(Attempt attempt, Document set, Document unset) {
        Document update = new Document("$set", set);
        if (unset != null) {
            update.append("$unset", unset);
        }
        if (keys.updateOne(and(eq("_id", attempt.key()), eq("attempt", attempt.id())), update)
                        .getModifiedCount()
                == 0) {
            throw new IllegalStateException("Another request with this Idempotency-Key took over; nothing recorded");
        }
    }

    private Document started(Attempt attempt) {
        return new Document("state", IN_PROGRESS)
                .append("attempt", attempt.id())
                .append("process", process)
                .append("startedAt", now());
    }

    private static Document answer(Answer answer, String state) {
        return new Document("state", state)
                .append("status", answer.status())
                .append("location", answer.location())
                .append("contentType", answer.contentType())
                .append("body", new Binary(answer.body()));
    }

    private static Answer answer(Document stored) {
        return new Answer(
                stored.getInteger("status"),
                stored.getString("location"),
                stored.getString("contentType"),
                stored.get("body", Binary.class).getData());
    }

    private static EventReference reference(Document stored) {
        Document event = stored.get("event", Document.class);
        return new EventReference(
                event.getString("aggregate"),
                event.get("sequence", Number.class).longValue(),
                event.getString("id"));
    }

    private static Document unset(String... fields) {
        Document unset = new Document();
        for (String field : fields) {
            unset.append(field, "");
        }
        return unset;
    }

    private static Date now() {
        return Date.from(Instant.now());
    }
}
