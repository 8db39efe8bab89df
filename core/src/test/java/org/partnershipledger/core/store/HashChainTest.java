package org.partnershipledger.core.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Sorts.descending;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.store.ChainVerification.Reason;

/**
 * Each aggregate's stored events form a hash chain, and verification, reading only the raw documents,
 * finds every edit, deletion, insertion and reordering made directly in the database.
 */
class HashChainTest {

    private static final List<String> AGGREGATES = List.of("vold", "esbjerg", "aarhus");

    private TestMongo mongo;
    private MongoEventStorageEngine engine;
    private MongoCollection<Document> events;
    private MongoCollection<Document> heads;
    private ChainVerification verification;

    @BeforeEach
    void start() {
        mongo = TestMongo.start();
        engine = MongoEventStorageEngine.builder()
                .database(mongo.database())
                .eventSerializer(LedgerSerializer.create())
                .snapshotSerializer(LedgerSerializer.create())
                .chainHeadsFlush(Duration.ZERO)
                .build();
        events = mongo.database().getCollection(MongoEventStorageEngine.EVENTS);
        heads = mongo.database().getCollection(MongoEventStorageEngine.CHAIN_HEADS);
        verification = new ChainVerification(mongo.database());
    }

    @AfterEach
    void stop() {
        engine.close();
        mongo.close();
    }

    private static GenericDomainEventMessage<Noted> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>(
                "Partnership",
                aggregate,
                sequence,
                new Noted(aggregate + " #" + sequence, new BigDecimal(sequence + ".25"), null),
                MetaData.with("by", "person-" + sequence % 3));
    }

    /** Histories of three aggregates, appended in interleaved batches as commands would append them. */
    private void generateHistory(Random random) {
        long[] next = new long[AGGREGATES.size()];
        for (int batch = 0; batch < 40; batch++) {
            int aggregate = random.nextInt(AGGREGATES.size());
            int size = 1 + random.nextInt(3);
            List<GenericDomainEventMessage<Noted>> appended = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                appended.add(event(AGGREGATES.get(aggregate), next[aggregate]++));
            }
            engine.appendEvents(appended);
        }
    }

    @Test
    void everyAppendedEventCarriesTheHashOfItsContentAndOfThePreviousEventOfItsAggregate() {
        engine.appendEvents(event("vold", 0), event("aarhus", 0), event("vold", 1));
        engine.appendEvents(event("vold", 2));

        List<Document> vold = stream("vold");
        assertThat(vold.get(0).getString(HashChain.PREVIOUS_HASH)).isEqualTo(HashChain.GENESIS);
        for (int i = 1; i < vold.size(); i++) {
            assertThat(vold.get(i).getString(HashChain.PREVIOUS_HASH))
                    .isEqualTo(vold.get(i - 1).getString(HashChain.HASH));
        }
        assertThat(stream("aarhus").get(0).getString(HashChain.PREVIOUS_HASH)).isEqualTo(HashChain.GENESIS);

        ChainVerification.Report report = verification.verify("vold");
        assertThat(report.intact()).isTrue();
        assertThat(report.eventCount()).isEqualTo(3);
        assertThat(report.headHash()).isEqualTo(vold.get(2).getString(HashChain.HASH));
    }

    @Test
    void theHashIsOfTheStoredFormSoReadingAndUpcastingChangeNothing() {
        engine.appendEvents(event("vold", 0));
        Document stored = stream("vold").get(0);

        assertThat(HashChain.hash(HashChain.GENESIS, stored)).isEqualTo(stored.getString(HashChain.HASH));
        assertThat(engine.readEvents("vold").asStream().count()).isEqualTo(1);
        assertThat(verification.verify("vold").intact()).isTrue();
    }

    @Test
    void theCanonicalFormIgnoresKeyOrderAndNumberTypesButNotValues() {
        Document one = new Document("a", 5).append("b", new Document("y", "ü\n").append("x", 1.50));
        Document other = new Document("b", new Document("x", new BigDecimal("1.5")).append("y", "ü\n")).append("a", 5L);
        Document changed = new Document("a", 6).append("b", new Document("y", "ü\n").append("x", 1.5));

        assertThat(HashChain.hash(HashChain.GENESIS, one)).isEqualTo(HashChain.hash(HashChain.GENESIS, other));
        assertThat(HashChain.hash(HashChain.GENESIS, one)).isNotEqualTo(HashChain.hash(HashChain.GENESIS, changed));
        assertThat(HashChain.hash(HashChain.GENESIS, one))
                .isNotEqualTo(HashChain.hash(HashChain.hash(HashChain.GENESIS, one), one));
    }

    @Test
    void theCanonicalFormStaysTheOneOfEveryChainAlreadyStored() {
        Document event = new Document("aggregateIdentifier", "p-1")
                .append(
                        "payload",
                        new Document("text", "Rådet \"mødes\"\tigen\\nu\u0001 ✓")
                                .append("whole", List.of(0, -7, 42L, (short) 3, Long.MAX_VALUE, Integer.MIN_VALUE))
                                .append("real", List.of(1.50, -0.0, 1e21, 2.5e-7))
                                .append("empty", ""))
                .append("timestamp", new Date(1_700_000_000_000L));

        // Computed before the canonical form was written faster: a change here breaks every stored chain.
        assertThat(HashChain.hash(HashChain.GENESIS, event))
                .isEqualTo("6925a3e2fe51c08eaac8a68b810a9c67ef840da172b67e78ac1c4657794e7906");
    }

    @Test
    void aStreamStoredBeforeChainsBeganIsChainedFromItsFirstEventOnItsNextAppend() {
        engine.appendEvents(event("vold", 0), event("vold", 1));
        events.updateMany(
                new Document(),
                new Document("$unset", new Document(HashChain.HASH, "").append(HashChain.PREVIOUS_HASH, "")));
        heads.deleteMany(new Document());
        MongoEventStorageEngine restarted = MongoEventStorageEngine.builder()
                .database(mongo.database())
                .eventSerializer(LedgerSerializer.create())
                .snapshotSerializer(LedgerSerializer.create())
                .build();

        restarted.appendEvents(event("vold", 2));
        restarted.close();

        ChainVerification.Report report = verification.verify("vold");
        assertThat(report.intact()).isTrue();
        assertThat(report.eventCount()).isEqualTo(3);
    }

    @Test
    void eventsOfNoAggregateAreChainsOfOne() {
        engine.appendEvents(GenericEventMessage.asEventMessage(Noted.of("alone")));

        assertThat(verification.verifyAll()).singleElement().satisfies(report -> {
            assertThat(report.intact()).isTrue();
            assertThat(report.eventCount()).isEqualTo(1);
        });
    }

    @Test
    void removingTheLastEventsOfAStreamShowsBecauseTheHeadNamesAnEventThatIsGone() {
        engine.appendEvents(event("vold", 0), event("vold", 1), event("vold", 2));
        events.deleteOne(and(eq(EventDocuments.AGGREGATE_IDENTIFIER, "vold"), eq(EventDocuments.SEQUENCE_NUMBER, 2)));

        ChainVerification.Report report = verification.verify("vold");
        assertThat(report.firstBreak()).hasValue(new ChainVerification.Break(2, null, Reason.EVENT_MISSING));
    }

    @Test
    void headsWrittenInABatchStillNameTheLastEventsWhenTheyWereRemovedBeforeTheBatch() {
        MongoEventStorageEngine batching = MongoEventStorageEngine.builder()
                .database(mongo.database())
                .eventSerializer(LedgerSerializer.create())
                .snapshotSerializer(LedgerSerializer.create())
                .chainHeadsFlush(Duration.ofHours(1))
                .build();
        batching.appendEvents(event("esbjerg", 0), event("esbjerg", 1));
        events.deleteOne(
                and(eq(EventDocuments.AGGREGATE_IDENTIFIER, "esbjerg"), eq(EventDocuments.SEQUENCE_NUMBER, 1)));
        assertThat(verification.verify("esbjerg").intact())
                .as("no head written yet")
                .isTrue();

        batching.close();

        assertThat(verification.verify("esbjerg").firstBreak())
                .hasValue(new ChainVerification.Break(1, null, Reason.EVENT_MISSING));
    }

    @Test
    void everyOneOfTwoHundredRandomTamperingsIsFoundWithItsKind() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        generateHistory(random);
        List<Document> pristine = new ArrayList<>();
        events.find().forEach(pristine::add);
        List<Document> pristineHeads = new ArrayList<>();
        heads.find().forEach(pristineHeads::add);
        assertThat(verification.verifyAll()).allMatch(ChainVerification.Report::intact);

        Map<Reason, Integer> found = new EnumMap<>(Reason.class);
        for (int round = 0; round < 200; round++) {
            String aggregate = AGGREGATES.get(random.nextInt(AGGREGATES.size()));
            Tampering tampering = Tampering.values()[round % Tampering.values().length];
            String what = tampering.apply(this, aggregate, random);

            ChainVerification.Report report = verification.verify(aggregate);
            assertThat(report.firstBreak())
                    .as("seed %d, round %d: %s", seed, round, what)
                    .hasValueSatisfying(broken -> assertThat(broken.reason()).isEqualTo(tampering.reason));
            found.merge(report.firstBreak().orElseThrow().reason(), 1, Integer::sum);

            events.deleteMany(new Document());
            events.insertMany(pristine);
            heads.deleteMany(new Document());
            heads.insertMany(pristineHeads);
        }
        assertThat(verification.verifyAll()).allMatch(ChainVerification.Report::intact);
        // Every kind of tampering is found as itself (text replaced on storing is no tampering, see
        // HashedAsStoredTest).
        assertThat(found)
                .containsOnlyKeys(Arrays.stream(Tampering.values())
                        .map(kind -> kind.reason)
                        .toList());
    }

    /** What someone with write access to the database might do, and what verification must call it. */
    private enum Tampering {
        EDIT(Reason.CONTENT_CHANGED) {
            @Override
            String apply(HashChainTest test, String aggregate, Random random) {
                Document event = test.pick(aggregate, random);
                String[] fields = {
                    "payload.text",
                    "payload.amount",
                    "occurredOn",
                    "recordedAt",
                    "metaData.by",
                    "payloadType",
                    "aggregateType",
                    HashChain.HASH,
                    HashChain.PREVIOUS_HASH
                };
                String field = fields[random.nextInt(fields.length)];
                Object value =
                        switch (field) {
                            case "payload.amount" -> new BigDecimal("999999.99");
                            case "recordedAt" -> new Date(random.nextLong(1_000_000_000_000L));
                            case HashChain.HASH, HashChain.PREVIOUS_HASH -> "f".repeat(64);
                            default -> "rewritten " + random.nextInt();
                        };
                test.events.updateOne(eq("_id", event.get("_id")), new Document("$set", new Document(field, value)));
                return "edited " + field + " of " + describe(event);
            }
        },
        DELETE(Reason.EVENT_MISSING) {
            @Override
            String apply(HashChainTest test, String aggregate, Random random) {
                Document event = test.pick(aggregate, random);
                test.events.deleteOne(eq("_id", event.get("_id")));
                return "deleted " + describe(event);
            }
        },
        INSERT(Reason.EVENT_INSERTED) {
            @Override
            String apply(HashChainTest test, String aggregate, Random random) {
                List<Document> stream = test.stream(aggregate);
                int place = random.nextInt(stream.size() + 1);
                Document model = stream.get(random.nextInt(stream.size()));
                Document inserted = new Document(model);
                inserted.put("_id", 1_000_000L + random.nextInt(1_000_000));
                String how;
                switch (random.nextInt(3)) {
                    case 0 -> {
                        inserted.put(EventDocuments.EVENT_IDENTIFIER, "forged-" + random.nextInt());
                        inserted.remove(HashChain.HASH);
                        inserted.remove(HashChain.PREVIOUS_HASH);
                        how = "unchained";
                    }
                    case 1 -> how = "copy of " + describe(model);
                    default -> {
                        // Forged in the middle with a correctly computed link to the event before it.
                        place = random.nextInt(stream.size());
                        String previous = place == 0
                                ? HashChain.GENESIS
                                : stream.get(place - 1).getString(HashChain.HASH);
                        inserted.put(EventDocuments.EVENT_IDENTIFIER, "forged-" + random.nextInt());
                        inserted.put("payload", new Document("text", "forged"));
                        HashChain.link(inserted, previous);
                        how = "chained forgery";
                    }
                }
                test.shiftFrom(aggregate, place);
                inserted.put(EventDocuments.SEQUENCE_NUMBER, (long) place);
                test.events.insertOne(inserted);
                return "inserted " + how + " at " + place + " of " + aggregate;
            }
        },
        REORDER(Reason.ORDER_CHANGED) {
            @Override
            String apply(HashChainTest test, String aggregate, Random random) {
                List<Document> stream = test.stream(aggregate);
                int first = random.nextInt(stream.size() - 1);
                int second = first + 1 + random.nextInt(stream.size() - first - 1);
                test.setSequence(stream.get(first), -1);
                test.setSequence(stream.get(second), first);
                test.setSequence(stream.get(first), second);
                return "swapped " + first + " and " + second + " of " + aggregate;
            }
        };

        final Reason reason;

        Tampering(Reason reason) {
            this.reason = reason;
        }

        abstract String apply(HashChainTest test, String aggregate, Random random);
    }

    private List<Document> stream(String aggregate) {
        List<Document> stream = new ArrayList<>();
        events.find(eq(EventDocuments.AGGREGATE_IDENTIFIER, aggregate))
                .sort(ascending(EventDocuments.SEQUENCE_NUMBER))
                .forEach(stream::add);
        return stream;
    }

    private Document pick(String aggregate, Random random) {
        List<Document> stream = stream(aggregate);
        return stream.get(random.nextInt(stream.size()));
    }

    /** Makes room at a place, as someone inserting into a stream under the unique index must. */
    private void shiftFrom(String aggregate, int place) {
        List<Document> later = new ArrayList<>();
        events.find(and(eq(EventDocuments.AGGREGATE_IDENTIFIER, aggregate), gte(EventDocuments.SEQUENCE_NUMBER, place)))
                .sort(descending(EventDocuments.SEQUENCE_NUMBER))
                .forEach(later::add);
        later.forEach(event -> setSequence(
                event, event.get(EventDocuments.SEQUENCE_NUMBER, Number.class).longValue() + 1));
    }

    private void setSequence(Document event, long sequence) {
        events.updateOne(
                eq("_id", event.get("_id")),
                new Document("$set", new Document(EventDocuments.SEQUENCE_NUMBER, sequence)));
    }

    private static String describe(Document event) {
        return event.get(EventDocuments.SEQUENCE_NUMBER) + " of " + event.get(EventDocuments.AGGREGATE_IDENTIFIER);
    }
}
