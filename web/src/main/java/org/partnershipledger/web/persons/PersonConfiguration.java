package org.partnershipledger.web.persons;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ConfigurerModule;
import org.partnershipledger.core.person.Person;
import org.partnershipledger.query.person.PersonRegisterProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The register of persons: its aggregate on the event store and its read model. */
@Configuration(proxyBeanMethods = false)
class PersonConfiguration {

    /** The domain stays free of Spring, so its aggregate is registered here rather than by annotation. */
    @Bean
    ConfigurerModule personAggregate() {
        return configurer -> configurer.configureAggregate(Person.class);
    }

    @Bean
    PersonRegisterProjection personRegisterProjection(MongoDatabase database) {
        return new PersonRegisterProjection(database);
    }
}
