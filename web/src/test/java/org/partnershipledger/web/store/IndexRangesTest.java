package org.partnershipledger.web.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Sorts.descending;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Range queries the embedded server answers from a unique index ({@link IndexRanges}) answer exactly what
 * MongoDB answers: the documents matching, in the order asked for, a page at a time.
 */
class IndexRangesTest {

    private static final int NOTES = 2_000;

    @TempDir
    Path dataDirectory;

    private EmbeddedStore store;
    private MongoClient client;
    private MongoCollection<Document> notes;

    @BeforeEach
    void twoAuthorsInterleaved() {
        store = EmbeddedStore.open(dataDirectory);
        client = MongoClients.create(store.connectionString());
        notes = client.getDatabase("ledger").getCollection("notes");
        notes.createIndex(Indexes.ascending("author", "number"), new IndexOptions().unique(true));
        List<Document> written = new ArrayList<>();
        for (long id = 0; id < NOTES; id++) {
            // Written out of number order, so index order and insertion order differ.
            long number = id % 2 == 0 ? id / 2 : NOTES - 1 - id / 2;
            written.add(new Document("_id", id).append("author", "anne").append("number", number));
            written.add(new Document("_id", NOTES + id).append("author", "bo").append("number", number));
        }
        notes.insertMany(written);
        notes.insertOne(new Document("_id", -1L).append("author", "anne")); // no number at all
    }

    @AfterEach
    void noQueryReadEveryNote() {
        try {
            assertThat(store.documentsScanned("ledger", "notes")).isZero();
        } finally {
            client.close();
            store.close();
        }
    }

    @Test
    void aPageFromAHighNumberOnIsThatPageInOrder() {
        assertThat(numbers(and(eq("author", "anne"), gte("number", 1_500)), ascending("number"), 50))
                .containsExactlyElementsOf(range(1_500, 1_550));
    }

    @Test
    void anExactIdWithMoreConditionsIsReadFromTheIdIndex() {
        assertThat(numbers(and(eq("_id", 7L), gte("number", 0)), null, 0)).containsExactly(NOTES - 1 - 3L);
        assertThat(numbers(and(eq("_id", 7L), lt("number", 0)), null, 0)).isEmpty();
    }

    @Test
    void aListOfIdsIsReadFromTheIdIndexInTheOrderAsked() {
        List<Long> ids = notes.find(in("_id", 9L, 3L, 3L, 1_000_000L, 2L))
                .sort(ascending("_id"))
                .map(document -> document.getLong("_id"))
                .into(new ArrayList<>());

        assertThat(ids).containsExactly(2L, 3L, 9L);
    }

    @Test
    void aListOfIdsWithMoreConditionsKeepsOnlyTheDocumentsMeetingThemAll() {
        List<Long> ids = notes.find(and(in("_id", 2L, NOTES + 2L, 3L, NOTES + 3L), eq("author", "bo")))
                .sort(ascending("_id"))
                .map(document -> document.getLong("_id"))
                .into(new ArrayList<>());

        assertThat(ids).containsExactly(NOTES + 2L, NOTES + 3L);
    }

    @Test
    void aQueryNoIndexServesIsCountedAsAScan() {
        assertThat(numbers(gte("number", NOTES - 2), null, 0)).containsExactlyInAnyOrder(1998L, 1998L, 1999L, 1999L);
        assertThat(store.documentsScanned("ledger", "notes")).isEqualTo(NOTES * 2 + 1);
        client.close(); // a store opened afresh has counted nothing, for the check after each test
        store.close();
        store = EmbeddedStore.open(dataDirectory);
        client = MongoClients.create(store.connectionString());
    }

    @Test
    void bothEndsOfARangeAreKeptOpenOrClosedAsAsked() {
        assertThat(numbers(and(eq("author", "bo"), gt("number", 10), lt("number", 14)), null, 0))
                .containsExactlyInAnyOrder(11L, 12L, 13L);
        assertThat(numbers(and(eq("author", "bo"), gte("number", 10), lte("number", 12)), ascending("number"), 0))
                .containsExactly(10L, 11L, 12L);
    }

    @Test
    void aRangeOfAnotherKeyOrAnotherOrderIsStillAnsweredRight() {
        assertThat(numbers(and(eq("author", "anne"), gte("number", 1_990)), descending("number"), 3))
                .containsExactly(1_999L, 1_998L, 1_997L);
    }

    @Test
    void allOfOneAuthorIncludesTheDocumentWithoutANumber() {
        List<Document> anne = notes.find(eq("author", "anne"))
                .sort(ascending("number", "_id"))
                .into(new ArrayList<>());

        assertThat(anne).hasSize(NOTES + 1);
        assertThat(anne.get(0)).doesNotContainKey("number");
        assertThat(anne.subList(1, anne.size()))
                .extracting(document -> document.get("number", Number.class).longValue())
                .containsExactlyElementsOf(range(0, NOTES));
    }

    @Test
    void aRangeOfIdsIsReadFromTheIdIndex() {
        List<Long> ids = notes.find(gt("_id", (long) NOTES * 2 - 4))
                .sort(ascending("_id"))
                .map(document -> document.getLong("_id"))
                .into(new ArrayList<>());

        assertThat(ids).containsExactlyElementsOf(range(NOTES * 2 - 3, NOTES * 2));
    }

    @Test
    void rangesAreAnsweredFromTheIndexAfterARestart() {
        client.close();
        store.close();
        store = EmbeddedStore.open(dataDirectory);
        client = MongoClients.create(store.connectionString());
        notes = client.getDatabase("ledger").getCollection("notes");

        assertThat(numbers(and(eq("author", "bo"), gte("number", 1_000)), ascending("number"), 5))
                .containsExactlyElementsOf(range(1_000, 1_005));
    }

    private List<Long> numbers(Bson filter, Bson sort, int limit) {
        var found = notes.find(filter);
        if (sort != null) {
            found = found.sort(sort);
        }
        return found.limit(limit)
                .map(document -> document.get("number", Number.class).longValue())
                .into(new ArrayList<>());
    }

    private static List<Long> range(long from, long to) {
        return LongStream.range(from, to).boxed().toList();
    }
}
