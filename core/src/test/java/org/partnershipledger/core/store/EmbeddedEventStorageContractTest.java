package org.partnershipledger.core.store;

import com.mongodb.client.MongoDatabase;

/** The storage contract on the embedded server, or on a real MongoDB when LEDGER_TEST_MONGODB_URI is set. */
class EmbeddedEventStorageContractTest extends EventStorageContract {

    private TestMongo mongo;

    @Override
    protected MongoDatabase freshDatabase() {
        mongo = TestMongo.start();
        return mongo.database();
    }

    @Override
    protected void closeDatabase() {
        mongo.close();
    }
}
