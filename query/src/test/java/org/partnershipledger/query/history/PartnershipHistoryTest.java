package org.partnershipledger.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.decision.ProposalId;
import org.partnershipledger.core.partnership.OpenedToResearch;
import org.partnershipledger.core.store.LedgerSerializer;
import org.partnershipledger.core.store.MongoEventStorageEngine;
import org.partnershipledger.query.TestDatabase;

/** Histories kept in memory answer exactly what a fresh read of the store answers. */
class PartnershipHistoryTest {

    private TestDatabase database;
    private MongoEventStorageEngine engine;
    private EmbeddedEventStore store;

    @BeforeEach
    void openStore() {
        database = TestDatabase.start();
        engine = MongoEventStorageEngine.builder()
                .database(database.database())
                .eventSerializer(LedgerSerializer.create())
                .snapshotSerializer(LedgerSerializer.create())
                .build();
        store = EmbeddedEventStore.builder().storageEngine(engine).build();
    }

    @AfterEach
    void closeStore() {
        store.shutDown();
        engine.close();
        database.close();
    }

    @Test
    void aKeptHistoryAddsWhatWasAppendedSinceAndEqualsAFreshRead() {
        PartnershipHistory histories = new PartnershipHistory(store);
        append("p", 0, 1, 2);
        assertThat(histories.of("p")).hasSize(3);

        append("p", 3, 4);

        assertThat(histories.of("p")).hasSize(5).isEqualTo(freshRead("p"));
        assertThat(histories.eventsKept()).isEqualTo(5);
    }

    @Test
    void aHistoryWhoseLastKeptEventWasTakenBackIsReadAgainFromItsStart() {
        PartnershipHistory histories = new PartnershipHistory(store);
        append("p", 0, 1, 2);
        histories.of("p");

        // A writer's append that failed half way is taken back; another writer appends in its place.
        database.database()
                .getCollection("events")
                .deleteOne(new Document("aggregateIdentifier", "p").append("sequenceNumber", 2L));
        engine.appendEvents(event("p", 2, "instead"));

        List<HistoryEvent> read = histories.of("p");
        assertThat(read).isEqualTo(freshRead("p"));
        assertThat(((OpenedToResearch) read.get(2).event()).proposalId().value())
                .isEqualTo("instead");
    }

    @Test
    void forgettingAllKeepsNoHistoryAndTheNextReadIsFresh() {
        PartnershipHistory histories = new PartnershipHistory(store);
        append("p", 0, 1);
        append("q", 0);
        histories.of("p");
        histories.of("q");

        histories.forgetAll();

        assertThat(histories.eventsKept()).isZero();
        assertThat(histories.of("p")).isEqualTo(freshRead("p"));
    }

    @Test
    void theHistoriesKeptHoldNoMoreEventsThanTheBoundTheLeastRecentlyReadGoingFirst() {
        PartnershipHistory histories = new PartnershipHistory(store, 5);
        append("p", 0, 1, 2);
        append("q", 0, 1, 2, 3);
        append("r", 0, 1, 2, 3, 4, 5);

        histories.of("p");
        histories.of("q");
        assertThat(histories.eventsKept()).isEqualTo(4);
        histories.of("r");
        assertThat(histories.eventsKept()).isEqualTo(4); // longer than the bound: not kept
        assertThat(histories.of("r")).isEqualTo(freshRead("r"));
    }

    @Test
    void anUnknownPartnershipHasAnEmptyHistoryAndNothingIsKept() {
        PartnershipHistory histories = new PartnershipHistory(store);

        assertThat(histories.of("nobody")).isEmpty();
        assertThat(histories.eventsKept()).isZero();
    }

    private List<HistoryEvent> freshRead(String partnership) {
        return new PartnershipHistory(store, 0).of(partnership);
    }

    private void append(String partnership, long... sequences) {
        for (long sequence : sequences) {
            engine.appendEvents(event(partnership, sequence, partnership + "-" + sequence));
        }
    }

    private static DomainEventMessage<OpenedToResearch> event(String partnership, long sequence, String decision) {
        return new GenericDomainEventMessage<>(
                "Partnership",
                partnership,
                sequence,
                new OpenedToResearch(
                        new PartnershipId(partnership),
                        new ProposalId(decision),
                        LocalDate.of(2003, 1, 1).plusDays(sequence)));
    }
}
