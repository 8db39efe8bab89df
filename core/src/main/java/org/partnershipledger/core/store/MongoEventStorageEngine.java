package org.partnershipledger.core.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Projections.include;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Sorts.descending;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

/**
 * The ledger's event storage engine on the MongoDB Java Driver.
 *
 * <ul>
 *   <li>Every event has a global sequence number as its {@code _id}; tracking uses gap-aware tokens.
 *   <li>A unique (aggregate, sequence) index makes the second of two racing writers fail with a
 *       concurrency error.
 *   <li>Payload and metadata are stored as nested documents, with the domain date and record time.
 *   <li>An aggregate is read a page at a time by a range of the (aggregate, sequence) index, from the
 *       sequence number asked for (the embedded server serves such ranges from its index too).
 * </ul>
 */
public class MongoEventStorageEngine extends AbstractEventStorageEngine {

    public static final String EVENTS = "events";
    public static final String SNAPSHOTS = "snapshots";
    static final String COUNTERS = "sequences";
    static final String CHAIN_HEADS = "chainHeads";

    private static final int HEAD_WINDOW = 1_000;

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> snapshots;
    private final ChainHeads heads;
    private final SequenceAllocator allocator;
    private final OwnAppends ownAppends = new OwnAppends();
    private final TrackedEventReader reader;
    private final AppendDurability durability;
    private final int pageSize;

    protected MongoEventStorageEngine(Builder builder) {
        super(builder);
        if (!getEventSerializer().canSerializeTo(JsonNode.class)
                || !getSnapshotSerializer().canSerializeTo(JsonNode.class)) {
            throw new AxonConfigurationException(
                    "Events are stored as readable documents: use a Jackson serializer for events and snapshots");
        }
        MongoDatabase database = builder.database;
        this.events = database.getCollection(EVENTS).withWriteConcern(builder.writeConcern);
        this.snapshots = database.getCollection(SNAPSHOTS).withWriteConcern(builder.writeConcern);
        this.heads = new ChainHeads(
                events,
                database.getCollection(CHAIN_HEADS).withWriteConcern(builder.writeConcern),
                builder.chainHeadsFlush);
        this.allocator = new SequenceAllocator(
                database.getCollection(COUNTERS).withWriteConcern(builder.writeConcern),
                builder.sequenceBlockSize,
                builder.sequenceLease,
                builder.clock);
        this.reader = new TrackedEventReader(
                events,
                allocator,
                new TrackedEventReader.Settings(
                        builder.tailWindow, builder.batchSize, builder.gapTimeout, builder.maxGapOffset),
                builder.clock);
        this.durability = builder.durability;
        this.pageSize = builder.batchSize;
        createIndexes(database);
    }

    /**
     * The unique (aggregate, sequence) index, made if missing: it decides racing writers, and loading an
     * aggregate or verifying its chain reads by it. Also for filling a store with events restored from a
     * backup before any engine opened it.
     */
    public static void createIndexes(MongoDatabase database) {
        database.getCollection(EVENTS)
                .createIndex(
                        Indexes.ascending(EventDocuments.AGGREGATE_IDENTIFIER, EventDocuments.SEQUENCE_NUMBER),
                        new IndexOptions().unique(true).name("aggregate_sequence"));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Gives the unused sequence numbers back, so a clean restart leaves no gap for processors to wait on. */
    public void close() {
        heads.close();
        allocator.release();
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> toAppend, Serializer serializer) {
        if (toAppend.isEmpty()) {
            return;
        }
        long first = allocator.allocate(toAppend.size(), previousInTheirStreams(toAppend));
        List<Document> documents = new ArrayList<>(toAppend.size());
        for (int i = 0; i < toAppend.size(); i++) {
            documents.add(EventDocuments.asSent(
                    EventDocuments.toDocument(first + i, toAppend.get(i), serializer), events.getCodecRegistry()));
        }
        heads.link(documents);
        try {
            events.insertMany(documents, new InsertManyOptions().ordered(true));
        } catch (MongoBulkWriteException e) {
            int failed =
                    e.getWriteErrors().isEmpty() ? 0 : e.getWriteErrors().get(0).getIndex();
            undo(first, failed);
            handlePersistenceException(e, toAppend.get(failed));
        } catch (MongoException e) {
            undo(first, documents.size());
            handlePersistenceException(e, toAppend.get(0));
        }
        heads.advance(documents);
        ownAppends.remember(toAppend);
        durability.awaitDurable();
    }

    /**
     * The highest global number of the events just before these in their aggregates' streams, so that
     * numbering follows each stream's order also when several nodes append: every reader in global
     * order (read models rebuilt, exports) then sees an aggregate's events in their own order. Known
     * without a read when this engine appended that event itself since it started.
     */
    private long previousInTheirStreams(List<? extends EventMessage<?>> toAppend) {
        Map<String, Long> firstOfEach = new LinkedHashMap<>();
        for (EventMessage<?> event : toAppend) {
            if (event instanceof DomainEventMessage<?> domain && domain.getAggregateIdentifier() != null) {
                firstOfEach.putIfAbsent(domain.getAggregateIdentifier(), domain.getSequenceNumber());
            }
        }
        long previous = -1;
        for (Map.Entry<String, Long> first : firstOfEach.entrySet()) {
            if (first.getValue() == 0 || ownAppends.follows(first.getKey(), first.getValue())) {
                continue;
            }
            Document stored = events.find(and(
                            eq(EventDocuments.AGGREGATE_IDENTIFIER, first.getKey()),
                            eq(EventDocuments.SEQUENCE_NUMBER, first.getValue() - 1)))
                    .projection(include(EventDocuments.GLOBAL_SEQUENCE))
                    .first();
            if (stored != null) {
                previous = Math.max(previous, EventDocuments.globalSequence(stored));
            }
        }
        return previous;
    }

    /**
     * Without multi-document transactions an append that fails half way is taken back, so an event is
     * never on record without the rest of its unit of work.
     */
    private void undo(long first, int written) {
        if (written > 0) {
            events.deleteMany(in(
                    EventDocuments.GLOBAL_SEQUENCE,
                    LongStream.range(first, first + written).boxed().toList()));
        }
    }

    /**
     * Whether this very event is stored: looked up by the unique (aggregate, sequence) index, which both
     * servers answer without a scan, and told apart from another event in its place by its identifier.
     */
    public boolean holds(EventReference event) {
        Document stored = events.find(and(
                        eq(EventDocuments.AGGREGATE_IDENTIFIER, event.aggregateIdentifier()),
                        eq(EventDocuments.SEQUENCE_NUMBER, event.sequenceNumber())))
                .projection(include(EventDocuments.EVENT_IDENTIFIER))
                .first();
        return stored != null && event.eventIdentifier().equals(stored.getString(EventDocuments.EVENT_IDENTIFIER));
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        Document stored = snapshots
                .find(new Document("_id", snapshot.getAggregateIdentifier()))
                .first();
        if (stored != null
                && stored.get(EventDocuments.SEQUENCE_NUMBER, Number.class).longValue()
                        >= snapshot.getSequenceNumber()) {
            return;
        }
        Document document = EventDocuments.toDocument(snapshot.getAggregateIdentifier(), snapshot, serializer);
        snapshots.replaceOne(
                new Document("_id", snapshot.getAggregateIdentifier()), document, new ReplaceOptions().upsert(true));
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readEventData(String aggregateIdentifier, long firstSequenceNumber) {
        var events = new Iterator<DomainEventData<JsonNode>>() {
            private long sequence = firstSequenceNumber;
            private Iterator<Document> page = Collections.emptyIterator();
            private boolean lastPage;
            private Document next = advance();

            private Document advance() {
                if (!page.hasNext() && !lastPage) {
                    page = fetch();
                }
                if (!page.hasNext()) {
                    return null;
                }
                Document candidate = page.next();
                if (candidate.get(EventDocuments.SEQUENCE_NUMBER, Number.class).longValue() != sequence) {
                    lastPage = true; // the stream ends at its first gap, as when it was read event by event
                    return null;
                }
                return candidate;
            }

            // A page at a time, so a stream read only in part holds no cursor open on the server.
            private Iterator<Document> fetch() {
                List<Document> read = new ArrayList<>(pageSize);
                MongoEventStorageEngine.this
                        .events
                        .find(and(
                                eq(EventDocuments.AGGREGATE_IDENTIFIER, aggregateIdentifier),
                                gte(EventDocuments.SEQUENCE_NUMBER, sequence)))
                        .sort(ascending(EventDocuments.SEQUENCE_NUMBER))
                        .limit(pageSize)
                        .batchSize(pageSize)
                        .into(read);
                lastPage = read.size() < pageSize;
                return read.iterator();
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public DomainEventData<JsonNode> next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                DomainEventData<JsonNode> current = EventDocuments.toEventData(next);
                sequence++;
                next = advance();
                return current;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(events, Spliterator.ORDERED), false);
    }

    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken trackingToken, boolean mayBlock) {
        TrackingToken position = WrappedToken.unwrapLowerBound(trackingToken);
        if (position != null && !(position instanceof GapAwareTrackingToken)) {
            throw new IllegalArgumentException("The ledger's event store tracks with gap-aware tokens, not "
                    + position.getClass().getSimpleName());
        }
        return reader.read((GapAwareTrackingToken) position);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        Document snapshot =
                snapshots.find(new Document("_id", aggregateIdentifier)).first();
        return snapshot == null ? Stream.empty() : Stream.of(EventDocuments.toEventData(snapshot));
    }

    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    /**
     * The newest event is among the last numbers allocated (numbers not used are given back), so it is
     * looked up there by exact numbers, window by window downwards: a sort over every event scans the whole
     * history on the embedded server.
     */
    @Override
    public TrackingToken createHeadToken() {
        for (long upTo = allocator.allocated(); upTo > 0; upTo -= HEAD_WINDOW) {
            List<Long> numbers = LongStream.range(Math.max(0, upTo - HEAD_WINDOW), upTo)
                    .boxed()
                    .toList();
            Document last = events.find(in(EventDocuments.GLOBAL_SEQUENCE, numbers))
                    .projection(include(EventDocuments.GLOBAL_SEQUENCE))
                    .sort(descending(EventDocuments.GLOBAL_SEQUENCE))
                    .limit(1)
                    .first();
            if (last != null) {
                return GapAwareTrackingToken.newInstance(EventDocuments.globalSequence(last), List.of());
            }
        }
        return null;
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        Document first = events.find(gte(EventDocuments.RECORDED_AT, Date.from(dateTime)))
                .sort(ascending(EventDocuments.GLOBAL_SEQUENCE))
                .limit(1)
                .first();
        if (first == null) {
            return createHeadToken();
        }
        long before = EventDocuments.globalSequence(first) - 1;
        return before < 0 ? null : GapAwareTrackingToken.newInstance(before, List.of());
    }

    static boolean isDuplicateKey(Exception exception) {
        if (exception instanceof MongoBulkWriteException bulk) {
            return bulk.getWriteErrors().stream()
                    .anyMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
        }
        return exception instanceof MongoWriteException write
                && write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
    }

    public static class Builder extends AbstractEventStorageEngine.Builder {

        private MongoDatabase database;
        private AppendDurability durability = AppendDurability.WRITE_CONCERN;
        private WriteConcern writeConcern = WriteConcern.MAJORITY;
        private Clock clock = Clock.systemUTC();
        private int tailWindow = 1_000;
        private int batchSize = 1_000;
        private Duration gapTimeout = Duration.ofSeconds(60);
        private int sequenceBlockSize = 100;
        private Duration sequenceLease = Duration.ofSeconds(10);
        private int maxGapOffset = 10_000;
        private Duration chainHeadsFlush = Duration.ofMillis(200);

        Builder() {
            persistenceExceptionResolver(MongoEventStorageEngine::isDuplicateKey);
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder upcasterChain(org.axonframework.serialization.upcasting.event.EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        public Builder database(MongoDatabase database) {
            this.database = database;
            return this;
        }

        /** What to wait for after writing, before an append counts as done (the embedded store commits). */
        public Builder durability(AppendDurability durability) {
            this.durability = Objects.requireNonNull(durability);
            return this;
        }

        public Builder writeConcern(WriteConcern writeConcern) {
            this.writeConcern = Objects.requireNonNull(writeConcern);
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /**
         * How long a gap is waited on after a later event was recorded. Must exceed the longest time a
         * write can take (the client's socket timeout), or a slow write could be skipped.
         */
        public Builder gapTimeout(Duration gapTimeout) {
            this.gapTimeout = Objects.requireNonNull(gapTimeout);
            return this;
        }

        /**
         * How many global sequence numbers to take from the counter at a time, and for how long they may
         * be handed out. Lease plus the longest write must stay below the gap timeout.
         */
        public Builder sequenceBlocks(int size, Duration lease) {
            this.sequenceBlockSize = size;
            this.sequenceLease = Objects.requireNonNull(lease);
            return this;
        }

        /** How often chain heads are written; zero writes each with its append (tests that tamper at once). */
        public Builder chainHeadsFlush(Duration interval) {
            this.chainHeadsFlush = Objects.requireNonNull(interval);
            return this;
        }

        public Builder batchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        public MongoEventStorageEngine build() {
            validate();
            return new MongoEventStorageEngine(this);
        }

        @Override
        protected void validate() throws AxonConfigurationException {
            super.validate();
            if (database == null) {
                throw new AxonConfigurationException("The event store needs a MongoDatabase");
            }
            if (sequenceBlockSize < 1 || sequenceLease.compareTo(gapTimeout) >= 0) {
                throw new AxonConfigurationException(
                        "Sequence blocks need at least one number and a lease shorter than the gap timeout");
            }
        }
    }
}
