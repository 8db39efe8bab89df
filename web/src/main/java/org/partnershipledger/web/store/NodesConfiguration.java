package org.partnershipledger.web.store;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import org.axonframework.serialization.Serializer;
import org.partnershipledger.core.store.MongoTokenStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The running ledger as one node among those on its store. Apart from {@link StoreConfiguration}, so that a
 * command that only opens the store (export, import) is no node and leaves no trace in it.
 */
@Configuration(proxyBeanMethods = false)
class NodesConfiguration {

    /** This process among the ledger's nodes on the same store. */
    @Bean(destroyMethod = "close")
    LedgerNodes ledgerNodes(MongoDatabase database, @Value("${ledger.node-name:}") String name) {
        return new LedgerNodes(database, name, Clock.systemUTC()).start();
    }

    /**
     * A read model is processed by the node that holds the claim on it, extended every second while the node
     * lives; a claim not extended for the claim timeout is taken over by another node.
     */
    @Bean
    MongoTokenStore tokenStore(
            MongoDatabase database,
            Serializer serializer,
            LedgerNodes nodes,
            @Value("${ledger.read-models.claim-timeout:10s}") Duration claimTimeout) {
        return new MongoTokenStore(database, serializer, nodes.name(), claimTimeout, Clock.systemUTC());
    }
}
