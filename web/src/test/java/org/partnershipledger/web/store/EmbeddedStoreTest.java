package org.partnershipledger.web.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedStoreTest {

    @TempDir
    Path dataDirectory;

    @Test
    void whatWasWrittenIsThereAfterARestart() {
        try (EmbeddedStore store = EmbeddedStore.open(dataDirectory);
                MongoClient client = MongoClients.create(store.connectionString())) {
            client.getDatabase("ledger")
                    .getCollection("notes")
                    .insertOne(new Document("_id", 1).append("text", "kept"));
            store.awaitDurable();
        }

        try (EmbeddedStore store = EmbeddedStore.open(dataDirectory);
                MongoClient client = MongoClients.create(store.connectionString())) {
            Document note =
                    client.getDatabase("ledger").getCollection("notes").find().first();
            assertThat(note).containsEntry("text", "kept");
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
