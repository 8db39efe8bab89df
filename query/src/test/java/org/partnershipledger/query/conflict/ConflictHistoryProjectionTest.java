package org.partnershipledger.query.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.query.conflict.ConflictHistories.PARTNERSHIP;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.conflict.ConflictCategory;
import org.partnershipledger.query.ProjectionHarness;
import org.partnershipledger.query.TestDatabase;
import org.partnershipledger.query.history.HistoryEvent;

class ConflictHistoryProjectionTest {

    private TestDatabase database;
    private AnnotationEventHandlerAdapter events;
    private QueryGateway queries;

    @BeforeEach
    void setUp() {
        ProjectionHarness harness = ProjectionHarness.start(ConflictHistoryProjection::new);
        database = harness.database();
        events = harness.events();
        queries = harness.queries();
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    /** Two conflicts, interleaved, with history entered out of domain order. */
    private static List<HistoryEvent> history() {
        return new ConflictHistories()
                .raised("c-late", ConflictCategory.AGREEMENT_READING, LocalDate.of(2004, 3, 1))
                .raised("c-early", ConflictCategory.COMMUNICATION, LocalDate.of(2003, 10, 1))
                .dialogue("c-late", "At the steering meeting", LocalDate.of(2004, 3, 20))
                .dialogue("c-late", "Entered afterwards", LocalDate.of(2004, 3, 10))
                .escalated("c-late", LocalDate.of(2004, 3, 25))
                .abandoned("c-early", LocalDate.of(2003, 11, 1))
                .mediationSession("c-late", "Both readings heard", LocalDate.of(2004, 4, 2))
                .resolved("c-late", LocalDate.of(2004, 4, 20))
                .events();
    }

    @Test
    void theProjectionFedEventByEventEqualsTheFold() {
        history().forEach(this::given);

        assertThat(findAll(PARTNERSHIP)).isEqualTo(ConflictHistory.of(PARTNERSHIP, history()));
    }

    @Test
    void aConflictIsFoundByItsId() {
        history().forEach(this::given);

        assertThat(find("c-late"))
                .contains(ConflictHistory.of(PARTNERSHIP, history()).get(1));
    }

    @Test
    void anUnknownConflictIsNotFound() {
        history().forEach(this::given);

        assertThat(find("no-such-conflict")).isEmpty();
    }

    @Test
    void aPartnershipWithoutConflictsHasNone() {
        history().forEach(this::given);

        assertThat(findAll("no-such-partnership")).isEmpty();
    }

    @Test
    void theSummaryOfTheProjectedConflictsIsTheSummaryOfTheFold() {
        history().forEach(this::given);

        assertThat(ConflictHistory.summary(PARTNERSHIP, findAll(PARTNERSHIP)))
                .isEqualTo(ConflictHistory.summary(PARTNERSHIP, ConflictHistory.of(PARTNERSHIP, history())));
    }

    @Test
    void anEventAlreadyAppliedChangesNothing() {
        List<HistoryEvent> history = history();
        history.forEach(this::given);
        List<ConflictView> before = findAll(PARTNERSHIP);

        given(history.get(2));
        given(history.get(0));
        given(history.get(history.size() - 1));

        assertThat(findAll(PARTNERSHIP)).isEqualTo(before);
    }

    @Test
    void resettingClearsBothCollectionsSoAReplayCanRebuildThem() {
        history().forEach(this::given);

        events.prepareReset();

        assertThat(database.database()
                        .getCollection(ConflictHistoryProjection.COLLECTION)
                        .countDocuments())
                .isZero();
        assertThat(database.database()
                        .getCollection(ConflictHistoryProjection.BY_PARTNERSHIP_COLLECTION)
                        .countDocuments())
                .isZero();
    }

    @Test
    void afterAResetTheReplayedEventsRebuildTheSameHistory() {
        history().forEach(this::given);
        List<ConflictView> before = findAll(PARTNERSHIP);
        events.prepareReset();

        history().forEach(this::given);

        assertThat(findAll(PARTNERSHIP)).isEqualTo(before);
    }

    @Test
    void eachConflictIsOneDocumentKeyedByItsIdAndListedUnderItsPartnership() {
        history().forEach(this::given);

        Document listed = database.database()
                .getCollection(ConflictHistoryProjection.BY_PARTNERSHIP_COLLECTION)
                .find(new Document("_id", PARTNERSHIP))
                .first();
        assertThat(listed.getList("conflictIds", String.class)).containsExactlyInAnyOrder("c-late", "c-early");
        assertThat(database.database()
                        .getCollection(ConflictHistoryProjection.COLLECTION)
                        .countDocuments())
                .isEqualTo(2);
    }

    private void given(HistoryEvent event) {
        try {
            events.handle(new GenericDomainEventMessage<>("Partnership", PARTNERSHIP, event.sequence(), event.event()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<ConflictView> find(String conflictId) {
        return queries.query(new FindConflict(conflictId), ResponseTypes.optionalInstanceOf(ConflictView.class))
                .join();
    }

    private List<ConflictView> findAll(String partnershipId) {
        return queries.query(new FindConflicts(partnershipId), ResponseTypes.multipleInstancesOf(ConflictView.class))
                .join();
    }
}
