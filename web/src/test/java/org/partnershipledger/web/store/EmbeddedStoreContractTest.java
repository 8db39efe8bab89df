package org.partnershipledger.web.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Files;
import org.partnershipledger.core.store.AppendDurability;
import org.partnershipledger.core.store.EventStorageContract;

/** The storage contract on the embedded store as the application runs it: a file, committed per append. */
class EmbeddedStoreContractTest extends EventStorageContract {

    private EmbeddedStore store;
    private MongoClient client;

    @Override
    protected MongoDatabase freshDatabase() {
        try {
            store = EmbeddedStore.open(Files.createTempDirectory("ledger-contract"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        client = MongoClients.create(store.connectionString());
        return client.getDatabase("ledger");
    }

    @Override
    protected AppendDurability durability() {
        return store::awaitDurable;
    }

    @Override
    protected void closeDatabase() {
        client.close();
        store.close();
    }
}
