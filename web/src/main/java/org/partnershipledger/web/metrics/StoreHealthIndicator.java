package org.partnershipledger.web.metrics;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Whether the ledger's store answers, embedded or a real MongoDB. Spring Boot's own MongoDB indicator is
 * absent because the ledger wires its client itself, so this pings the database the ledger writes to.
 */
class StoreHealthIndicator extends AbstractHealthIndicator {

    private final MongoDatabase database;

    StoreHealthIndicator(MongoDatabase database) {
        super("The ledger's store did not answer");
        this.database = database;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        database.runCommand(new Document("ping", 1));
        health.up().withDetail("database", database.getName());
    }
}
