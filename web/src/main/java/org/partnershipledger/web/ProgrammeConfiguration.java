package org.partnershipledger.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.partnershipledger.core.programme.PairPartnerships;
import org.partnershipledger.core.programme.Programme;
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
    PairPartnerships pairPartnerships(CommandGateway commands) {
        return new PairPartnerships(commands);
    }
}
