package org.partnershipledger.web.store;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.serialization.Serializer;
import org.partnershipledger.core.store.LedgerSerializer;
import org.partnershipledger.core.store.MongoEventStorageEngine;
import org.partnershipledger.core.store.PersonalKeys;
import org.partnershipledger.core.store.upcasting.LedgerUpcasters;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Where the ledger's data lives: a real MongoDB when {@code LEDGER_MONGODB_URI} is set, otherwise the
 * embedded store under {@code LEDGER_DATA_DIR} (default {@code ./data}).
 */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    static final String DEFAULT_DATABASE = "ledger";

    @Bean(destroyMethod = "close")
    DataStore dataStore(
            @Value("${ledger.mongodb.uri:}") String uri,
            @Value("${ledger.data-dir:./data}") Path dataDirectory,
            @Value("${ledger.store.serve-address:}") String servedAddress) {
        return DataStore.open(uri, dataDirectory, servedAddress);
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(DataStore store) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(store.uri()))
                // Bounds how long a write can take, which the event store's gap timeout (60 s) must exceed.
                .applyToSocketSettings(socket -> socket.readTimeout(30, TimeUnit.SECONDS))
                .applicationName("partnership-ledger")
                .build());
    }

    @Bean
    MongoDatabase mongoDatabase(MongoClient client, DataStore store) {
        String database = new ConnectionString(store.uri()).getDatabase();
        return client.getDatabase(database == null ? DEFAULT_DATABASE : database);
    }

    /** One key per person in its own collection: destroying it erases their personal data (crypto-shredding). */
    @Bean
    PersonalKeys personalKeys(MongoDatabase database) {
        return new PersonalKeys(database);
    }

    /** Tokens and the rest; personal data is encrypted wherever it goes. */
    @Bean
    @Primary
    Serializer serializer(PersonalKeys keys) {
        return LedgerSerializer.create(keys);
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return LedgerSerializer.create();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(PersonalKeys keys) {
        return LedgerSerializer.create(keys);
    }

    /** An aggregate's state is its fields, not a message's properties ({@link LedgerSerializer#forSnapshots}). */
    @Bean
    @Qualifier("snapshotSerializer")
    Serializer snapshotSerializer(PersonalKeys keys) {
        return LedgerSerializer.forSnapshots(keys);
    }

    @Bean(destroyMethod = "close")
    MongoEventStorageEngine eventStorageEngine(
            MongoDatabase database,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            @Qualifier("snapshotSerializer") Serializer snapshotSerializer,
            DataStore store) {
        return MongoEventStorageEngine.builder()
                .database(database)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(snapshotSerializer)
                .upcasterChain(LedgerUpcasters.chain())
                .durability(store.durability())
                .build();
    }

    /**
     * Read models take events in batches and store their position once a batch, not once an event: a
     * rebuild then costs about one write per event instead of three. Their handlers ignore an event
     * already applied, so a batch handled again after a crash changes nothing.
     *
     * <p>A handler that fails (the store away for a moment) fails its batch, which is handled again from
     * the stored position after a pause: Axon's default logs the failure and goes on, and the read model
     * would miss that event for good.
     */
    @Bean
    ConfigurerModule readModelBatches(
            @Value("${ledger.read-models.batch-size:100}") int batchSize,
            @Value("${ledger.read-models.claim-interval:2s}") Duration claimInterval) {
        return configurer -> configurer
                .eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance())
                .registerTrackingEventProcessorConfiguration(
                        configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(batchSize)
                                // One segment per read model: several of them join events of different
                                // partnerships (a pair's programme, a person's partnerships), which must be
                                // handled in the order recorded. Nodes share the read models, not a read model.
                                .andInitialSegmentsCount(1)
                                // How often a node without the read model tries to claim it: a node's
                                // read models are taken over within the claim timeout and this interval.
                                .andTokenClaimInterval(claimInterval.toMillis(), TimeUnit.MILLISECONDS));
    }
}
