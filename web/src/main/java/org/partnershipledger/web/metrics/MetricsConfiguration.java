package org.partnershipledger.web.metrics;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What operators watch: the store's health, commands by outcome and how far each read model lags. */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    /** Named so that the health endpoint calls the component {@code store}. */
    @Bean
    StoreHealthIndicator storeHealthIndicator(MongoDatabase database) {
        return new StoreHealthIndicator(database);
    }

    /** Axon's Spring Boot support puts every handler interceptor bean on the command bus; once is enough. */
    @Bean
    CommandOutcomes commandOutcomes(MeterRegistry meters) {
        return new CommandOutcomes(meters);
    }

    @Bean
    ProcessorLag processorLag(EventStore eventStore, EventProcessingConfiguration processing, MeterRegistry meters) {
        return new ProcessorLag(eventStore, processing, meters);
    }
}
