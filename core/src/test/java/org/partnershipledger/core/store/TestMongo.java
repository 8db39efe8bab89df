package org.partnershipledger.core.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.util.UUID;

/**
 * A MongoDB for one test: a real one when {@code LEDGER_TEST_MONGODB_URI} is set (a fresh database, dropped
 * afterwards), otherwise the embedded wire-protocol server on an in-memory H2 store.
 */
public final class TestMongo implements AutoCloseable {

    public static final String URI_VARIABLE = "LEDGER_TEST_MONGODB_URI";

    private final MongoServer server;
    private final MongoClient client;
    private final MongoDatabase database;

    private TestMongo(MongoServer server, MongoClient client, MongoDatabase database) {
        this.server = server;
        this.client = client;
        this.database = database;
    }

    public static TestMongo start() {
        String uri = System.getenv(URI_VARIABLE);
        String name = "ledger_test_" + UUID.randomUUID().toString().replace("-", "");
        if (uri != null && !uri.isBlank()) {
            MongoClient client = MongoClients.create(uri);
            return new TestMongo(null, client, client.getDatabase(name));
        }
        MongoServer server = new MongoServer(H2Backend.inMemory());
        MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
        return new TestMongo(server, client, client.getDatabase(name));
    }

    public MongoDatabase database() {
        return database;
    }

    @Override
    public void close() {
        if (server == null) {
            database.drop();
        }
        client.close();
        if (server != null) {
            server.shutdownNow();
        }
    }
}
