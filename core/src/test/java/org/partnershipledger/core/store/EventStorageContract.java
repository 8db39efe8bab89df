package org.partnershipledger.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the ledger's event store promises, stated as tests. Runs against the embedded server and, with
 * {@code LEDGER_TEST_MONGODB_URI} set, against a real MongoDB; the web module runs it against the
 * embedded store exactly as the application configures it.
 */
public abstract class EventStorageContract {

    protected MongoDatabase database;
    private final List<AutoCloseable> toClose = new ArrayList<>();

    /** A database no other test uses. */
    protected abstract MongoDatabase freshDatabase();

    /** Called after everything that used the database has stopped. */
    protected abstract void closeDatabase();

    protected AppendDurability durability() {
        return AppendDurability.WRITE_CONCERN;
    }

    @BeforeEach
    void openDatabase() {
        database = freshDatabase();
    }

    @AfterEach
    void closeAll() throws Exception {
        Collections.reverse(toClose);
        for (AutoCloseable closeable : toClose) {
            closeable.close();
        }
        closeDatabase();
    }

    private MongoEventStorageEngine.Builder engineBuilder(Clock clock) {
        return MongoEventStorageEngine.builder()
                .database(database)
                .eventSerializer(LedgerSerializer.create())
                .snapshotSerializer(LedgerSerializer.create())
                .durability(durability())
                .clock(clock);
    }

    private MongoEventStorageEngine engine(Clock clock) {
        return engineBuilder(clock).build();
    }

    /** An engine that takes one number at a time, so a test can place a gap exactly. */
    private MongoEventStorageEngine engineWithoutBlocks(Clock clock) {
        return engineBuilder(clock).sequenceBlocks(1, Duration.ofSeconds(10)).build();
    }

    /** A writer that has taken its number but not written (yet): slow, or dead. */
    private SequenceAllocator writerHoldingANumber(Clock clock) {
        return new SequenceAllocator(database.getCollection("sequences"), 1, Duration.ofSeconds(10), clock);
    }

    private MongoEventStorageEngine engine() {
        return engine(Clock.systemUTC());
    }

    private EmbeddedEventStore eventStore(MongoEventStorageEngine engine) {
        EmbeddedEventStore store = EmbeddedEventStore.builder()
                .storageEngine(engine)
                .fetchDelay(50)
                .build();
        toClose.add(store::shutDown);
        return store;
    }

    private static DomainEventMessage<Noted> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>(
                "Test", aggregate, sequence, Noted.of(aggregate + "#" + sequence), MetaData.with("by", "contract"));
    }

    @Test
    void eventsOfAnAggregateComeBackInOrder() {
        MongoEventStorageEngine engine = engine();
        engine.appendEvents(event("a", 0), event("b", 0), event("a", 1));
        engine.appendEvents(event("a", 2));

        List<? extends DomainEventMessage<?>> events =
                engine.readEvents("a").asStream().toList();

        assertThat(events).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L, 2L);
        assertThat(events).extracting(e -> ((Noted) e.getPayload()).text()).containsExactly("a#0", "a#1", "a#2");
        assertThat(events.get(0).getMetaData()).containsEntry("by", "contract");
        assertThat(engine.readEvents("a", 1).asStream()).hasSize(2);
    }

    @Test
    void anAggregateLongerThanAPageIsReadWholeInOrderAndFromAnyPlace() {
        MongoEventStorageEngine engine =
                engineBuilder(Clock.systemUTC()).batchSize(10).build();
        for (long sequence = 0; sequence < 25; sequence++) {
            engine.appendEvents(event("a", sequence), event("other-" + sequence, 0));
        }

        assertThat(engine.readEvents("a").asStream().toList())
                .extracting(DomainEventMessage::getSequenceNumber)
                .containsExactlyElementsOf(LongStream.range(0, 25).boxed().toList());
        assertThat(engine.readEvents("a", 17).asStream().toList())
                .extracting(e -> ((Noted) e.getPayload()).text())
                .containsExactly("a#17", "a#18", "a#19", "a#20", "a#21", "a#22", "a#23", "a#24");
        assertThat(engine.readEvents("a", 25).asStream()).isEmpty();
    }

    @Test
    void eventsAreStoredAsReadableDocumentsWithDomainDateAndRecordTime() {
        engine().appendEvents(event("a", 0));

        Document stored = database.getCollection("events").find().first();

        assertThat(stored.get("_id", Number.class).longValue()).isZero();
        assertThat(stored.getString("aggregateIdentifier")).isEqualTo("a");
        assertThat(stored.getString("payloadType")).isEqualTo(Noted.class.getName());
        assertThat(stored.getString("payloadRevision")).isEqualTo("1");
        assertThat(stored.get("payload", Document.class).getString("text")).isEqualTo("a#0");
        assertThat(stored.get("payload", Document.class).get("amount").toString())
                .isEqualTo("1234.50");
        assertThat(stored.get("metaData", Document.class).getString("by")).isEqualTo("contract");
        assertThat(stored.getString("occurredOn")).isEqualTo("2003-08-15");
        assertThat(stored.getDate("recordedAt")).isNotNull();
    }

    @Test
    void anEventIsHeldOnceAppendedAndNotAnotherInItsPlace() {
        MongoEventStorageEngine engine = engine();
        DomainEventMessage<Noted> appended = event("a", 0);
        DomainEventMessage<Noted> notYet = event("a", 1);
        DomainEventMessage<Noted> raced = event("a", 0); // another event for the same place
        GenericEventMessage<Noted> outsideAnAggregate = new GenericEventMessage<>(Noted.of("outside"));

        engine.appendEvents(appended, outsideAnAggregate);

        assertThat(engine.holds(EventReference.of(appended))).isTrue();
        assertThat(engine.holds(EventReference.of(outsideAnAggregate))).isTrue();
        assertThat(engine.holds(EventReference.of(notYet))).isFalse();
        assertThat(engine.holds(EventReference.of(raced))).isFalse();
    }

    @Test
    void anExactAmountSurvivesTheRoundTrip() {
        MongoEventStorageEngine engine = engine();
        engine.appendEvents(event("a", 0));

        Noted read = (Noted) engine.readEvents("a").next().getPayload();

        assertThat(read.amount()).isEqualByComparingTo("1234.50");
        assertThat(read.occurredOn()).isEqualTo(Noted.of("x").occurredOn());
    }

    @Test
    void appendingAnEventAtATakenSequenceIsAConcurrencyErrorAndStoresNothing() {
        MongoEventStorageEngine engine = engine();
        engine.appendEvents(event("a", 0), event("a", 1));

        assertThatThrownBy(() -> engine.appendEvents(event("b", 0), event("a", 1)))
                .isInstanceOf(ConcurrencyException.class);

        assertThat(engine.readEvents("b").asStream()).isEmpty();
        assertThat(database.getCollection("events").countDocuments()).isEqualTo(2);
    }

    @Test
    void aConcurrentAppendToTheSameAggregateHasExactlyOneWinner() throws Exception {
        MongoEventStorageEngine engine = engine();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        toClose.add(pool::shutdownNow);
        for (int round = 0; round < 25; round++) {
            String aggregate = "race-" + round;
            engine.appendEvents(event(aggregate, 0));
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<Boolean>> racers = Stream.of("x", "y")
                    .map(racer -> pool.submit(() -> {
                        start.await();
                        try {
                            engine.appendEvents(event(aggregate, 1));
                            return true;
                        } catch (ConcurrencyException lost) {
                            return false;
                        }
                    }))
                    .toList();

            List<Boolean> outcomes = new ArrayList<>();
            for (Future<Boolean> racer : racers) {
                outcomes.add(racer.get(30, TimeUnit.SECONDS));
            }

            assertThat(outcomes).containsExactlyInAnyOrder(true, false);
            assertThat(engine.readEvents(aggregate).asStream()).hasSize(2);
        }
    }

    @Test
    void aTrackingProcessorSeesEveryEventOfFourConcurrentAppendersExactlyOnceAndInAggregateOrder() throws Exception {
        int threads = 4;
        int aggregates = 200;
        int perAggregate = 25; // 5,000 events
        EmbeddedEventStore store = eventStore(engine());
        Recorder recorder = new Recorder();
        TrackingEventProcessor processor =
                processor("contract", store, new MongoTokenStore(database, LedgerSerializer.create()), recorder);
        processor.start();

        ExecutorService appenders = Executors.newFixedThreadPool(threads);
        toClose.add(appenders::shutdownNow);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            work.add(appenders.submit(() -> {
                for (int sequence = 0; sequence < perAggregate; sequence++) {
                    for (int a = thread; a < aggregates; a += threads) {
                        store.publish(event("agg-" + a, sequence));
                    }
                }
            }));
        }
        for (Future<?> appender : work) {
            appender.get(5, TimeUnit.MINUTES);
        }

        eventually(() -> recorder.count() >= aggregates * perAggregate);
        Thread.sleep(300); // a duplicate would arrive after the last new event
        processor.shutDown();

        assertThat(recorder.count()).isEqualTo(aggregates * perAggregate);
        assertThat(recorder.distinctIdentifiers()).isEqualTo(aggregates * perAggregate);
        // The position a processor keeps stays small: no list of everything seen, no gaps left behind.
        Document position = database.getCollection("tokens")
                .find(new Document("_id", "contract/0"))
                .first();
        Document token = position.get("token", Document.class);
        assertThat(token.get("index", Number.class).longValue()).isEqualTo(aggregates * perAggregate - 1);
        assertThat(token.getList("gaps", Object.class)).isEmpty();
        assertThat(token.toJson().length()).isLessThan(100);
        recorder.byAggregate.forEach((aggregate, sequences) -> assertThat(sequences)
                .as(aggregate)
                .containsExactlyElementsOf(
                        IntStream.range(0, perAggregate).mapToObj(Long::valueOf).toList()));
    }

    @Test
    void aResetProcessorReplaysEverything() throws Exception {
        EmbeddedEventStore store = eventStore(engine());
        for (int i = 0; i < 300; i++) {
            store.publish(event("agg-" + (i % 7), i / 7));
        }
        Recorder recorder = new Recorder();
        TrackingEventProcessor processor =
                processor("replayed", store, new MongoTokenStore(database, LedgerSerializer.create()), recorder);
        processor.start();
        eventually(() -> recorder.count() == 300);
        processor.shutDown();

        processor.resetTokens();
        processor.start();
        eventually(() -> recorder.count() == 600);
        processor.shutDown();

        assertThat(recorder.distinctIdentifiers()).isEqualTo(300);
    }

    @Test
    void aRestartedApplicationResumesFromItsTokensWithoutHandlingAnythingTwice() throws Exception {
        EmbeddedEventStore first = eventStore(engine());
        for (int i = 0; i < 120; i++) {
            first.publish(event("agg-" + (i % 3), i / 3));
        }
        Recorder before = new Recorder();
        TrackingEventProcessor processor =
                processor("resuming", first, new MongoTokenStore(database, LedgerSerializer.create()), before);
        processor.start();
        eventually(() -> before.count() == 120);
        processor.shutDown();
        first.shutDown();

        // A new application: new engine, event store, token store and processor on the same database.
        EmbeddedEventStore second = eventStore(engine());
        for (int i = 120; i < 150; i++) {
            second.publish(event("agg-" + (i % 3), i / 3));
        }
        Recorder after = new Recorder();
        TrackingEventProcessor restarted =
                processor("resuming", second, new MongoTokenStore(database, LedgerSerializer.create()), after);
        restarted.start();
        eventually(() -> after.count() >= 30);
        Thread.sleep(300);
        restarted.shutDown();

        assertThat(after.count()).isEqualTo(30);
        assertThat(after.texts).allSatisfy(text -> assertThat(Integer.parseInt(text.substring(text.indexOf('#') + 1)))
                .isGreaterThanOrEqualTo(40));
    }

    @Test
    void anEventWrittenLateIntoAGapIsDeliveredOnceAndNotSkipped() throws Exception {
        MongoEventStorageEngine engine = engineWithoutBlocks(Clock.systemUTC());
        SequenceAllocator allocator = writerHoldingANumber(Clock.systemUTC());
        engine.appendEvents(event("a", 0));
        long slow = allocator.allocate(1); // a writer that has its number but has not written yet
        engine.appendEvents(event("b", 0), event("b", 1));

        List<? extends TrackedEventMessage<?>> firstRead =
                engine.readEvents(null, false).toList();
        GapAwareTrackingToken seen =
                (GapAwareTrackingToken) firstRead.get(firstRead.size() - 1).trackingToken();
        assertThat(firstRead).hasSize(3);
        assertThat(seen.getGaps()).containsExactly(slow);

        Document late = EventDocuments.toDocument(slow, event("c", 0), LedgerSerializer.create());
        database.getCollection("events").insertOne(late);
        List<? extends TrackedEventMessage<?>> secondRead =
                engine.readEvents(seen, false).toList();
        List<? extends TrackedEventMessage<?>> thirdRead = engine.readEvents(
                        secondRead.get(secondRead.size() - 1).trackingToken(), false)
                .toList();

        assertThat(secondRead).extracting(e -> ((Noted) e.getPayload()).text()).containsExactly("c#0");
        assertThat(((GapAwareTrackingToken) secondRead.get(0).trackingToken()).getGaps())
                .isEmpty();
        assertThat(thirdRead).isEmpty();
    }

    @Test
    void aGapIsGivenUpOnlyAfterALaterEventHasBeenOnRecordLongerThanTheGapTimeout() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        MongoEventStorageEngine engine = engineWithoutBlocks(clock);
        SequenceAllocator allocator = writerHoldingANumber(clock);
        long failed = allocator.allocate(1); // a writer that died after taking its number
        engine.appendEvents(eventAt("a", 0, clock.instant()));

        GapAwareTrackingToken afterFirst = (GapAwareTrackingToken)
                engine.readEvents(null, false).toList().get(0).trackingToken();
        assertThat(afterFirst.getGaps()).containsExactly(failed);

        engine.appendEvents(eventAt("a", 1, clock.instant()));
        clock.advance(Duration.ofSeconds(59));
        GapAwareTrackingToken stillWaiting = (GapAwareTrackingToken)
                engine.readEvents(afterFirst, false).toList().get(0).trackingToken();
        assertThat(stillWaiting.getGaps()).containsExactly(failed);

        engine.appendEvents(eventAt("a", 2, clock.instant()));
        clock.advance(Duration.ofSeconds(2));
        GapAwareTrackingToken givenUp = (GapAwareTrackingToken)
                engine.readEvents(stillWaiting, false).toList().get(0).trackingToken();
        assertThat(givenUp.getGaps()).isEmpty();
    }

    private static DomainEventMessage<Noted> eventAt(String aggregate, long sequence, Instant recordedAt) {
        return new GenericDomainEventMessage<>(
                "Test",
                aggregate,
                sequence,
                Noted.of(aggregate + "#" + sequence),
                MetaData.emptyInstance(),
                java.util.UUID.randomUUID().toString(),
                recordedAt);
    }

    @Test
    void aReaderFarBehindGetsEveryEventInGlobalOrder() {
        // More events than the tail window (1,000), read by pages of ten rather than by the numbers allocated.
        MongoEventStorageEngine engine =
                engineBuilder(Clock.systemUTC()).batchSize(10).build();
        List<EventMessage<?>> batch = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            batch.add(event("agg-" + (i % 10), i / 10));
        }
        for (int from = 0; from < batch.size(); from += 100) {
            engine.appendEvents(batch.subList(from, from + 100));
        }

        List<Long> positions = engine.readEvents(null, false)
                .map(e -> e.trackingToken().position().orElseThrow())
                .toList();

        assertThat(positions)
                .containsExactlyElementsOf(LongStream.range(0, 2_500).boxed().toList());
        assertThat(engine.readEvents(GapAwareTrackingToken.newInstance(95, List.of()), false)
                        .map(e -> e.trackingToken().position().orElseThrow()))
                .containsExactlyElementsOf(LongStream.range(96, 2_500).boxed().toList());
    }

    @Test
    void aCleanRestartGivesUnusedNumbersBackSoProcessorsWaitOnNoGap() {
        MongoEventStorageEngine before = engine();
        before.appendEvents(event("a", 0));
        before.close();
        MongoEventStorageEngine after = engine();
        after.appendEvents(event("a", 1));

        List<? extends TrackedEventMessage<?>> read =
                after.readEvents(null, false).toList();

        assertThat(read)
                .extracting(e -> e.trackingToken().position().orElseThrow())
                .containsExactly(0L, 1L);
        assertThat(((GapAwareTrackingToken) read.get(1).trackingToken()).getGaps())
                .isEmpty();
    }

    @Test
    void twoNodesAppendingSideBySideLoseNothing() {
        MongoEventStorageEngine first = engine();
        MongoEventStorageEngine second = engine();
        for (int i = 0; i < 5; i++) {
            first.appendEvents(event("first", i));
            second.appendEvents(event("second", i));
        }

        List<String> read = first.readEvents(null, false)
                .map(e -> ((Noted) e.getPayload()).text())
                .toList();

        assertThat(read).hasSize(10).doesNotHaveDuplicates();
        assertThat(read.stream().filter(text -> text.startsWith("first")))
                .containsExactly("first#0", "first#1", "first#2", "first#3", "first#4");
    }

    @Test
    void anAggregateAppendedToOnTwoNodesIsInItsOwnOrderInGlobalOrder() {
        MongoEventStorageEngine first = engine();
        MongoEventStorageEngine second = engine();
        first.appendEvents(event("b", 0)); // the first node's block lies below the second's
        second.appendEvents(event("a", 0));
        first.appendEvents(event("a", 1));
        second.appendEvents(event("a", 2));
        first.appendEvents(event("a", 3), event("b", 1));

        List<String> read = first.readEvents(null, false)
                .map(e -> ((Noted) e.getPayload()).text())
                .toList();

        assertThat(read.stream().filter(text -> text.startsWith("a"))).containsExactly("a#0", "a#1", "a#2", "a#3");
        assertThat(read.stream().filter(text -> text.startsWith("b"))).containsExactly("b#0", "b#1");
    }

    @Test
    void theNewestSnapshotIsKept() {
        MongoEventStorageEngine engine = engine();
        engine.storeSnapshot(new GenericDomainEventMessage<>("Test", "a", 10, Noted.of("state at 10")));
        engine.storeSnapshot(new GenericDomainEventMessage<>("Test", "a", 20, Noted.of("state at 20")));
        engine.storeSnapshot(new GenericDomainEventMessage<>("Test", "a", 15, Noted.of("state at 15")));

        DomainEventMessage<?> snapshot = engine.readSnapshot("a").orElseThrow();

        assertThat(snapshot.getSequenceNumber()).isEqualTo(20);
        assertThat(((Noted) snapshot.getPayload()).text()).isEqualTo("state at 20");
        assertThat(engine.readSnapshot("b")).isEmpty();
    }

    @Test
    void theHeadTokenPointsAtTheNewestEvent() {
        MongoEventStorageEngine engine = engine();
        assertThat(engine.createHeadToken()).isNull();
        engine.appendEvents(event("a", 0), event("a", 1));

        assertThat(engine.createHeadToken().position()).hasValue(1L);
        assertThat(engine.readEvents(engine.createHeadToken(), false)).isEmpty();
    }

    private TrackingEventProcessor processor(
            String name, EmbeddedEventStore store, MongoTokenStore tokens, Recorder recorder) {
        TrackingEventProcessor processor = TrackingEventProcessor.builder()
                .name(name)
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder()
                        .eventHandlers(recorder)
                        .build())
                .messageSource(store)
                .tokenStore(tokens)
                .transactionManager(NoTransactionManager.INSTANCE)
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(100))
                .build();
        toClose.add(processor::shutDown);
        return processor;
    }

    private static void eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Condition not met within two minutes");
            }
            Thread.sleep(20);
        }
    }

    /** Records what a processor handled, per aggregate in the order handled. */
    public static class Recorder {
        final Map<String, List<Long>> byAggregate = new ConcurrentHashMap<>();
        final List<String> identifiers = new CopyOnWriteArrayList<>();
        final List<String> texts = new CopyOnWriteArrayList<>();
        private final AtomicInteger count = new AtomicInteger();

        @EventHandler
        public void on(Noted noted, EventMessage<?> message) {
            DomainEventMessage<?> event = (DomainEventMessage<?>) message;
            byAggregate
                    .computeIfAbsent(event.getAggregateIdentifier(), a -> new CopyOnWriteArrayList<>())
                    .add(event.getSequenceNumber());
            identifiers.add(event.getIdentifier());
            texts.add(noted.text());
            count.incrementAndGet();
        }

        int count() {
            return count.get();
        }

        long distinctIdentifiers() {
            return identifiers.stream().distinct().count();
        }
    }

    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
