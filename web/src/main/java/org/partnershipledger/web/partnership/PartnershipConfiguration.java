package org.partnershipledger.web.partnership;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.partnershipledger.core.CommandValues;
import org.partnershipledger.core.store.ChainVerification;
import org.partnershipledger.query.conflict.ConflictHistoryProjection;
import org.partnershipledger.query.decision.DecisionTrailProjection;
import org.partnershipledger.query.disclosure.Pseudonyms;
import org.partnershipledger.query.history.PartnershipHistory;
import org.partnershipledger.query.partnership.PartnershipSummaryProjection;
import org.partnershipledger.query.verification.PartnershipVerification;
import org.partnershipledger.web.security.PseudonymKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The partnership concept: its aggregate on the event store, its history and its read models. */
@Configuration(proxyBeanMethods = false)
class PartnershipConfiguration {

    /** The domain stays free of Spring, so its aggregate is registered here rather than by annotation. */
    @Bean
    ConfigurerModule partnershipAggregate(
            @Value("${ledger.snapshots.partnership-every:" + PartnershipAggregate.SNAPSHOT_EVERY + "}") int every,
            PartnershipMemory memory) {
        return configurer -> configurer.configureAggregate(PartnershipAggregate.configuration(every, memory));
    }

    @Bean(destroyMethod = "close")
    PartnershipMemory partnershipMemory() {
        return new PartnershipMemory();
    }

    /**
     * Every command's texts, ids and dates held to the value rules before any handler sees it, whoever
     * sends it (the API, the demo); Axon's Spring Boot support puts it on the command bus.
     */
    @Bean
    CommandValues commandValues() {
        return new CommandValues();
    }

    @Bean
    PartnershipHistory partnershipHistory(EventStore eventStore) {
        return new PartnershipHistory(eventStore);
    }

    /** Reads the raw stored documents, never the engine, so it trusts nothing the engine could get wrong. */
    @Bean
    PartnershipVerification partnershipVerification(MongoDatabase database, PartnershipHistory histories) {
        return new PartnershipVerification(new ChainVerification(database), histories);
    }

    /** The key stays in the ledger's database; without it a pseudonym cannot be traced back to a person. */
    @Bean
    Pseudonyms pseudonyms(MongoDatabase database) {
        return new Pseudonyms(PseudonymKey.load(database));
    }

    @Bean
    DecisionTrailProjection decisionTrailProjection(MongoDatabase database) {
        return new DecisionTrailProjection(database);
    }

    @Bean
    ConflictHistoryProjection conflictHistoryProjection(MongoDatabase database) {
        return new ConflictHistoryProjection(database);
    }

    @Bean
    PartnershipSummaryProjection partnershipSummaryProjection(MongoDatabase database) {
        return new PartnershipSummaryProjection(database);
    }
}
