package org.partnershipledger.core.store;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import java.time.Duration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.store.ChainVerification.Reason;

/**
 * The chain hashes an event as it is stored, not as it was sent: text the store cannot keep as sent (a lone
 * surrogate is stored as U+FFFD) is hashed as stored. Histories recorded before that are reported for what
 * they are.
 */
class HashedAsStoredTest {

    private static final String LONE_SURROGATE = "Who decides \ud800 here";

    private TestMongo mongo;
    private MongoEventStorageEngine engine;
    private MongoCollection<Document> events;
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
        verification = new ChainVerification(mongo.database());
    }

    @AfterEach
    void stop() {
        engine.close();
        mongo.close();
    }

    @Test
    void textTheStoreCannotKeepAsSentIsHashedAsStoredSoTheChainStaysIntact() {
        engine.appendEvents(noted("vold", 0, LONE_SURROGATE), noted("vold", 1, "after it"));

        Document stored = events.find(eq(EventDocuments.SEQUENCE_NUMBER, 0L)).first();
        assertThat(stored.get(EventDocuments.PAYLOAD, Document.class).getString("text"))
                .isNotEqualTo(LONE_SURROGATE)
                .contains("\uFFFD");
        assertThat(verification.verify("vold").intact()).isTrue();
    }

    @Test
    void aHistoryHashedAsSentBeforeThisIsReportedAsInvalidTextReplacedNotAsAnEdit() {
        Document hashedAsSent =
                EventDocuments.toDocument(1L, noted("vold", 0, LONE_SURROGATE), LedgerSerializer.create());
        HashChain.link(hashedAsSent, HashChain.GENESIS);
        events.insertOne(hashedAsSent);

        ChainVerification.Report report = verification.verify("vold");

        assertThat(report.firstBreak()).hasValueSatisfying(broken -> {
            assertThat(broken.sequenceNumber()).isZero();
            assertThat(broken.reason()).isEqualTo(Reason.INVALID_TEXT_REPLACED);
        });
    }

    @Test
    void anEditedTextIsStillReportedAsContentChanged() {
        engine.appendEvents(noted("vold", 0, "We agree"));
        events.updateOne(
                eq(EventDocuments.SEQUENCE_NUMBER, 0L),
                new Document("$set", new Document("payload.text", "We object")));

        assertThat(verification.verify("vold").firstBreak())
                .hasValueSatisfying(broken -> assertThat(broken.reason()).isEqualTo(Reason.CONTENT_CHANGED));
    }

    private static GenericDomainEventMessage<Noted> noted(String aggregate, long sequence, String text) {
        return new GenericDomainEventMessage<>(
                "Partnership", aggregate, sequence, Noted.of(text), MetaData.emptyInstance());
    }
}
