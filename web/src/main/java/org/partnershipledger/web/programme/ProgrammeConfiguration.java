package org.partnershipledger.web.programme;

import com.mongodb.client.MongoDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.partnershipledger.core.programme.PairPartnerships;
import org.partnershipledger.core.programme.Programme;
import org.partnershipledger.query.programme.ProgrammeHistory;
import org.partnershipledger.query.programme.ProgrammeSummaryProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The programme concept: equal-partnership programmes, an event stream apart from the partnerships. */
@Configuration(proxyBeanMethods = false)
class ProgrammeConfiguration {

    /** The domain stays free of Spring, so its aggregate is registered here rather than by annotation. */
    @Bean
    ConfigurerModule programmeAggregate() {
        return configurer -> configurer.configureAggregate(Programme.class);
    }

    @Bean
    ProgrammeHistory programmeHistory(EventStore eventStore) {
        return new ProgrammeHistory(eventStore);
    }

    @Bean
    ProgrammeSummaryProjection programmeSummaryProjection(MongoDatabase database) {
        return new ProgrammeSummaryProjection(database);
    }

    @Bean
    PairPartnerships pairPartnerships(CommandGateway commands) {
        return new PairPartnerships(commands);
    }
}
