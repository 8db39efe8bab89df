package org.partnershipledger.web.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoSocketReadException;
import com.mongodb.ServerAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

/** A read model never skips an event it failed on: it handles it again once the store answers. */
class ReadModelFailuresTest {

    record Registered(String name) {}

    @ProcessingGroup("register")
    static class FlakyRegister {

        final List<String> names = new CopyOnWriteArrayList<>();
        private boolean failedOnce;

        @EventHandler
        void on(Registered event) {
            if (event.name().equals("second") && !failedOnce) {
                failedOnce = true; // the store's node killed in the middle of the write
                throw new MongoSocketReadException("Exception receiving message", new ServerAddress());
            }
            if (!names.contains(event.name())) { // as every read model: an event applied again changes nothing
                names.add(event.name());
            }
        }
    }

    @Test
    void anEventWhoseHandlerFailedIsHandledAgainRatherThanSkipped() throws InterruptedException {
        FlakyRegister register = new FlakyRegister();
        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(config -> new InMemoryEventStorageEngine());
        new StoreConfiguration().readModelBatches(100, Duration.ofMillis(100)).configureModule(configurer);
        configurer.eventProcessing().registerEventHandler(config -> register);
        Configuration axon = configurer.start();
        try {
            axon.eventBus()
                    .publish(
                            GenericEventMessage.asEventMessage(new Registered("first")),
                            GenericEventMessage.asEventMessage(new Registered("second")),
                            GenericEventMessage.asEventMessage(new Registered("third")));

            Instant deadline = Instant.now().plusSeconds(30);
            while (register.names.size() < 3 && Instant.now().isBefore(deadline)) {
                Thread.sleep(50);
            }

            assertThat(register.failedOnce).isTrue();
            assertThat(register.names).containsExactly("first", "second", "third");
        } finally {
            axon.shutdown();
        }
    }
}
