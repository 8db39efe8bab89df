package org.partnershipledger.query.decision;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.regex;
import static com.mongodb.client.model.Sorts.ascending;
import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.query.decision.DecisionHistory.ANNA;
import static org.partnershipledger.query.decision.DecisionHistory.BO;
import static org.partnershipledger.query.decision.DecisionHistory.FREDERIKSBERG;
import static org.partnershipledger.query.decision.DecisionHistory.MODREHJAELPEN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.decision.MeetingKind;
import org.partnershipledger.core.decision.Outcome;
import org.partnershipledger.core.decision.ProposalId;
import org.partnershipledger.core.decision.Stance;
import org.partnershipledger.core.partnership.DecisionReached;
import org.partnershipledger.core.partnership.DocumentKind;
import org.partnershipledger.query.ProjectionHarness;
import org.partnershipledger.query.TestDatabase;
import org.partnershipledger.query.history.HistoryEvent;

class DecisionTrailProjectionTest {

    private static final LocalDate MARCH = LocalDate.of(2004, 3, 10);
    private static final LocalDate APRIL = LocalDate.of(2004, 4, 2);
    private static final LocalDate JUNE = LocalDate.of(2004, 6, 9);

    /** A year of a steering group, with history entered afterwards and every kind of outcome. */
    private static final List<HistoryEvent> STEERING_YEAR = DecisionHistory.formed(
                    "violence-against-women", LocalDate.of(2003, 12, 1))
            .agreementProposed(1, "1", LocalDate.of(2003, 12, 1))
            .agreementProposed(2, "2", MARCH)
            .agreementTookEffect(2, MARCH)
            .meeting("m-2", MeetingKind.STEERING_GROUP, JUNE)
            .proposal("speak-jointly", "m-2", "Speak to the press jointly", null, JUNE)
            .stance("speak-jointly", FREDERIKSBERG, Stance.OBJECT, BO, "We inform the press ourselves", JUNE)
            .decision("speak-jointly", Outcome.BLOCKED, JUNE)
            .meeting("m-1", MeetingKind.STEERING_GROUP, MARCH)
            .proposal("four-meetings", "m-1", "Meet four times a year", null, MARCH)
            .stance("four-meetings", MODREHJAELPEN, Stance.CONSENT, ANNA, "Fits our planning", MARCH)
            .proposal("coordinator", "m-1", "Hire a shared coordinator", null, MARCH)
            .retraction("coordinator", "Funding fell through", APRIL)
            .stance("four-meetings", FREDERIKSBERG, Stance.CONSENT, BO, "Agreed by mail", APRIL)
            .decision("four-meetings", Outcome.ADOPTED, APRIL)
            .proposal("evaluation-points", null, "Amend the evaluation points", 2, APRIL)
            .stance("evaluation-points", MODREHJAELPEN, Stance.ABSTAIN, ANNA, "", APRIL)
            // Entered afterwards: the first version took effect before the second.
            .agreementTookEffect(1, LocalDate.of(2004, 1, 15))
            .events();

    private TestDatabase database;
    private AnnotationEventHandlerAdapter events;
    private QueryGateway queries;

    @BeforeEach
    void setUp() {
        ProjectionHarness harness = ProjectionHarness.start(DecisionTrailProjection::new);
        database = harness.database();
        events = harness.events();
        queries = harness.queries();
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void fedEventByEventTheProjectionHoldsTheTrailTheFoldComputesFromTheSameHistory() throws Exception {
        givenAll(STEERING_YEAR);

        assertThat(find("violence-against-women")).hasSize(4).isEqualTo(DecisionTrail.of(STEERING_YEAR));
        assertThat(find("violence-against-women"))
                .extracting(DecisionView::versionInForce)
                .containsExactly(
                        new VersionInForce(2, "2".repeat(64)),
                        new VersionInForce(2, "2".repeat(64)),
                        null,
                        new VersionInForce(2, "2".repeat(64)));
    }

    @Test
    void everyPrefixOfTheHistoryIsProjectedAsTheFoldOfThatPrefix() throws Exception {
        for (int applied = 1; applied <= STEERING_YEAR.size(); applied++) {
            given(STEERING_YEAR.get(applied - 1));

            assertThat(find("violence-against-women")).isEqualTo(DecisionTrail.of(STEERING_YEAR.subList(0, applied)));
        }
    }

    @Test
    void stancesRecordedOnBehalfConfirmedOrContestedAreProjectedAsTheFoldComputesThem() throws Exception {
        PersonId secretary = new PersonId("person-secretary");
        List<HistoryEvent> history = DecisionHistory.formed("greenlanders-in-esbjerg", LocalDate.of(2003, 3, 1))
                .meeting("m-1", MeetingKind.STEERING_GROUP, MARCH)
                .proposal("seminar", "m-1", "Hold a seminar", null, MARCH)
                .stance("seminar", MODREHJAELPEN, Stance.CONSENT, ANNA, "", MARCH)
                .stanceRecordedBy(secretary, DocumentKind.MINUTES, "seminar", FREDERIKSBERG, Stance.CONSENT, BO, MARCH)
                .decision("seminar", Outcome.ADOPTED, MARCH)
                .contested("seminar", FREDERIKSBERG, BO, MARCH.plusDays(2))
                .reopened("seminar", Outcome.ADOPTED, MARCH.plusDays(2))
                .proposal("cadence", null, "Meet monthly", null, APRIL)
                .stanceRecordedBy(secretary, DocumentKind.LETTER, "cadence", MODREHJAELPEN, Stance.CONSENT, ANNA, APRIL)
                .confirmed("cadence", MODREHJAELPEN, ANNA, APRIL.plusDays(1))
                .events();

        givenAll(history);

        List<DecisionView> projected = find("greenlanders-in-esbjerg");
        assertThat(projected).isEqualTo(DecisionTrail.of(history));
        assertThat(projected.get(0).outcome()).isEqualTo("PENDING");
        assertThat(projected.get(0).stances().get(1).answer()).isEqualTo(StanceView.CONTESTED);
        assertThat(projected.get(1).stances().get(0).answer()).isEqualTo(StanceView.CONFIRMED);
        assertThat(projected.get(1).stances().get(0).recordedBy()).isEqualTo("person-secretary");
    }

    @Test
    void aReplayedEventThatWasAlreadyAppliedChangesNothing() throws Exception {
        givenAll(STEERING_YEAR);
        Document before = stored("violence-against-women");

        given(STEERING_YEAR.get(3));
        given(STEERING_YEAR.get(STEERING_YEAR.size() - 1));

        assertThat(stored("violence-against-women")).isEqualTo(before);
    }

    @Test
    void eachProposalIsADocumentOfItsOwnSoAnEventRewritesOnlyItsProposal() throws Exception {
        givenAll(STEERING_YEAR);
        Document before = stored("violence-against-women");

        given(new HistoryEvent(
                STEERING_YEAR.size(),
                APRIL,
                STEERING_YEAR.get(STEERING_YEAR.size() - 1).recordedAt(),
                new DecisionReached(
                        new PartnershipId("violence-against-women"),
                        new ProposalId("evaluation-points"),
                        Outcome.ADOPTED,
                        APRIL)));

        Document after = stored("violence-against-women");
        assertThat(after.get("trail")).isEqualTo(before.get("trail"));
        List<Document> changed = after.getList("decisions", Document.class).stream()
                .filter(decision -> !before.getList("decisions", Document.class).contains(decision))
                .toList();
        assertThat(changed)
                .extracting(decision -> decision.getString("_id"))
                .containsExactly("violence-against-women/evaluation-points");
    }

    @Test
    void anUnknownPartnershipHasNoDecisions() throws Exception {
        givenAll(STEERING_YEAR);

        assertThat(find("no-such-partnership")).isEmpty();
    }

    @Test
    void eachPartnershipKeepsItsOwnTrail() throws Exception {
        List<HistoryEvent> other = DecisionHistory.formed("greenlanders-in-esbjerg", MARCH)
                .proposal("seminar", null, "Hold a seminar in September", null, APRIL)
                .events();
        givenAll(STEERING_YEAR);
        givenAll(other);

        assertThat(find("greenlanders-in-esbjerg"))
                .extracting(DecisionView::proposalId)
                .containsExactly("seminar");
        assertThat(find("violence-against-women")).isEqualTo(DecisionTrail.of(STEERING_YEAR));
    }

    @Test
    void resettingClearsEveryTrailSoAReplayCanRebuildThem() throws Exception {
        givenAll(STEERING_YEAR);

        events.prepareReset();

        assertThat(find("violence-against-women")).isEmpty();
    }

    @Test
    void aReplayAfterAResetRebuildsTheSameDocument() throws Exception {
        givenAll(STEERING_YEAR);
        Document before = stored("violence-against-women");
        events.prepareReset();

        givenAll(STEERING_YEAR);

        assertThat(stored("violence-against-women").toJson()).isEqualTo(before.toJson());
    }

    private void givenAll(List<HistoryEvent> history) throws Exception {
        for (HistoryEvent event : history) {
            given(event);
        }
    }

    private void given(HistoryEvent event) throws Exception {
        events.handle(new GenericDomainEventMessage<>(
                "Partnership", event.event().partnershipId().value(), event.sequence(), event.event()));
    }

    /** The partnership's trail and its proposals' documents, as stored. */
    private Document stored(String partnershipId) {
        Document trail = database.database()
                .getCollection(DecisionTrailProjection.COLLECTION)
                .find(eq("_id", partnershipId))
                .first();
        List<Document> decisions = database.database()
                .getCollection(DecisionTrailProjection.DECISIONS)
                .find(regex("_id", "^" + partnershipId + "/"))
                .sort(ascending("_id"))
                .into(new ArrayList<>());
        return new Document("trail", trail).append("decisions", decisions);
    }

    private List<DecisionView> find(String partnershipId) {
        return queries.query(new FindDecisions(partnershipId), ResponseTypes.multipleInstancesOf(DecisionView.class))
                .join();
    }
}
