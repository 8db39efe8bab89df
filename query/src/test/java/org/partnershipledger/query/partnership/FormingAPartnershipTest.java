package org.partnershipledger.query.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.partnership.FormPartnership;
import org.partnershipledger.core.partnership.Partner;
import org.partnershipledger.core.partnership.Partnership;
import org.partnershipledger.core.partnership.Sector;
import org.partnershipledger.query.TestDatabase;

/** The slice through plain Axon, without Spring: command, aggregate, event, projection, query. */
class FormingAPartnershipTest {

    private TestDatabase database;
    private Configuration axon;

    @BeforeEach
    void setUp() {
        database = TestDatabase.start();
        PartnershipSummaryProjection projection = new PartnershipSummaryProjection(database.database());
        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(config -> new InMemoryEventStorageEngine())
                .configureAggregate(Partnership.class)
                .registerQueryHandler(config -> projection);
        configurer.eventProcessing().usingSubscribingEventProcessors().registerEventHandler(config -> projection);
        axon = configurer.start();
    }

    @AfterEach
    void tearDown() {
        axon.shutdown();
        database.close();
    }

    @Test
    void aFormedPartnershipCanBeFoundUnderTheIdItWasFormedWith() {
        PartnershipId id = PartnershipId.generate();

        axon.commandGateway()
                .sendAndWait(new FormPartnership(
                        id,
                        "Older people's well-being in Aarhus",
                        "Well-being of older people",
                        LocalDate.of(2003, 12, 1),
                        List.of(
                                new Partner(PartnerId.generate(), "Ældremobiliseringen", Sector.VOLUNTARY),
                                new Partner(PartnerId.generate(), "Aarhus Kommune", Sector.PUBLIC))));

        Optional<PartnershipSummary> summary = axon
                .queryGateway()
                .query(new ListPartnerships(), ResponseTypes.multipleInstancesOf(PartnershipSummary.class))
                .join()
                .stream()
                .filter(found -> found.id().equals(id.value()))
                .findFirst();
        assertThat(summary).hasValueSatisfying(found -> {
            assertThat(found.name()).isEqualTo("Older people's well-being in Aarhus");
            assertThat(found.formedOn()).isEqualTo(LocalDate.of(2003, 12, 1));
            assertThat(found.partners())
                    .extracting(PartnerSummary::name)
                    .containsExactly("Ældremobiliseringen", "Aarhus Kommune");
        });
    }

    @Test
    void theEventIsStoredUnderTheBarePartnershipId() {
        PartnershipId id = PartnershipId.generate();

        axon.commandGateway()
                .sendAndWait(new FormPartnership(
                        id,
                        "Greenlanders in Esbjerg",
                        "Well-being",
                        LocalDate.of(2004, 3, 1),
                        List.of(
                                new Partner(PartnerId.generate(), "Vindrosen", Sector.VOLUNTARY),
                                new Partner(PartnerId.generate(), "Esbjerg Kommune", Sector.PUBLIC))));

        assertThat(axon.eventStore().readEvents(id.value()).asStream())
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.getAggregateIdentifier()).isEqualTo(id.value());
                    assertThat(event.getSequenceNumber()).isZero();
                });
    }
}
