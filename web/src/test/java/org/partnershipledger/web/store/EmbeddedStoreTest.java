package org.partnershipledger.web.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Date;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedStoreTest {

    @TempDir
    Path dataDirectory;

    @Test
    void documentsAndTheirUniqueIndexesAreThereAfterARestart() {
        try (EmbeddedStore store = EmbeddedStore.open(dataDirectory);
                MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> notes = client.getDatabase("ledger").getCollection("notes");
            notes.createIndex(Indexes.ascending("author", "number"), new IndexOptions().unique(true));
            for (int number = 0; number < 500; number++) {
                notes.insertOne(new Document("_id", (long) number)
                        .append("author", "author-" + number % 7)
                        .append("number", number)
                        .append("text", "kept " + number)
                        .append("amount", new Decimal128(new BigDecimal("1234.50")))
                        .append("on", new Date(0)));
            }
            client.getDatabase("other").getCollection("things").insertOne(new Document("_id", "x"));
            store.awaitDurable();
        }

        try (EmbeddedStore store = EmbeddedStore.open(dataDirectory);
                MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> notes = client.getDatabase("ledger").getCollection("notes");
            Document byIndex = notes.find(new Document("author", "author-3").append("number", 101))
                    .first();
            assertThat(byIndex).containsEntry("text", "kept 101").containsEntry("_id", 101L);
            assertThat(byIndex.get("amount")).isEqualTo(new Decimal128(new BigDecimal("1234.50")));
            assertThat(byIndex.get("on")).isEqualTo(new Date(0));
            assertThat(notes.countDocuments()).isEqualTo(500);
            assertThatThrownBy(() -> notes.insertOne(new Document("author", "author-3").append("number", 101)))
                    .isInstanceOf(MongoWriteException.class);
            assertThat(client.getDatabase("other")
                            .getCollection("things")
                            .find()
                            .first())
                    .isNotNull();
        }
    }

    @Test
    void aSecondLedgerOnTheSameDataIsRefusedWithAReason() {
        try (EmbeddedStore first = EmbeddedStore.open(dataDirectory)) {
            assertThatThrownBy(() -> EmbeddedStore.open(dataDirectory))
                    .isInstanceOf(EmbeddedStoreUnavailableException.class)
                    .hasMessageContaining("another ledger running on it");
        }
    }
}
