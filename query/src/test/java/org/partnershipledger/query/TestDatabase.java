package org.partnershipledger.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.UUID;

/**
 * A fresh database for one test: in the embedded wire-protocol server, or in a real MongoDB when
 * {@code LEDGER_TEST_MONGODB_URI} is set, so nothing passes only because of the embedded server.
 */
public final class TestDatabase implements AutoCloseable {

    private final MongoServer embedded;
    private final MongoClient client;
    private final MongoDatabase database;

    private TestDatabase(MongoServer embedded, String uri) {
        this.embedded = embedded;
        this.client = MongoClients.create(uri);
        this.database = client.getDatabase("ledger-test-" + UUID.randomUUID());
    }

    public static TestDatabase start() {
        String uri = System.getenv("LEDGER_TEST_MONGODB_URI");
        if (uri != null && !uri.isBlank()) {
            return new TestDatabase(null, uri);
        }
        MongoServer server = new MongoServer(new MemoryBackend());
        return new TestDatabase(server, server.bindAndGetConnectionString());
    }

    public MongoDatabase database() {
        return database;
    }

    @Override
    public void close() {
        try {
            database.drop();
            client.close();
        } finally {
            if (embedded != null) {
                embedded.shutdownNow();
            }
        }
    }
}
