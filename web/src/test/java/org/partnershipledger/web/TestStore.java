package org.partnershipledger.web;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Where a test's ledger keeps its data, named as an operator names it: a fresh database on the MongoDB that
 * {@code LEDGER_TEST_MONGODB_URI} names (dropped by {@link #drop()}), otherwise a fresh embedded store
 * directory.
 */
public record TestStore(String mongoUri, Path dataDirectory) {

    static final String URI_VARIABLE = "LEDGER_TEST_MONGODB_URI";

    public static TestStore fresh(String name) throws IOException {
        String server = System.getenv(URI_VARIABLE);
        if (server == null || server.isBlank()) {
            return new TestStore("", Files.createTempDirectory("ledger-" + name));
        }
        String database = "ledger_" + name.replaceAll("[^a-z0-9]", "_") + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        return new TestStore(withDatabase(server, database), Files.createTempDirectory("ledger-" + name));
    }

    /** The settings that point the ledger (or one of its commands) here. */
    public String[] settings() {
        return new String[] {"--ledger.mongodb.uri=" + mongoUri, "--ledger.data-dir=" + dataDirectory};
    }

    public void drop() {
        if (!mongoUri.isBlank()) {
            try (MongoClient client = MongoClients.create(mongoUri)) {
                client.getDatabase(new com.mongodb.ConnectionString(mongoUri).getDatabase())
                        .drop();
            }
        }
    }

    /** {@code mongodb://hosts/?options} with {@code database} put in its place. */
    static String withDatabase(String uri, String database) {
        int hostsStart = uri.indexOf("://") + 3;
        int slash = uri.indexOf('/', hostsStart);
        int query = uri.indexOf('?', hostsStart);
        String hosts = uri.substring(0, slash >= 0 ? slash : query >= 0 ? query : uri.length());
        String options = query >= 0 ? uri.substring(query) : "";
        return hosts + "/" + database + options;
    }
}
