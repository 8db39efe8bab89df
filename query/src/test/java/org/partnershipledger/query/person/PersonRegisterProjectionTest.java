package org.partnershipledger.query.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.Personal;
import org.partnershipledger.core.erasure.PersonErased;
import org.partnershipledger.core.person.PersonDetailsCorrected;
import org.partnershipledger.core.person.PersonRegistered;
import org.partnershipledger.query.ProjectionHarness;

class PersonRegisterProjectionTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);
    private static final PersonId EVA = new PersonId("p-eva");
    private static final PersonId ANDERS = new PersonId("p-anders");

    private ProjectionHarness harness;
    private AnnotationEventHandlerAdapter events;
    private QueryGateway queries;

    @BeforeEach
    void setUp() {
        harness = ProjectionHarness.start(PersonRegisterProjection::new);
        events = harness.events();
        queries = harness.queries();
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    @Test
    void theRegisterListsPersonsByNameWithTheirLatestDetails() throws Exception {
        given(EVA, 0, new PersonRegistered(EVA, "Eva Winther", null, null, "Mødrehjælpen", DAY));
        given(ANDERS, 0, new PersonRegistered(ANDERS, "Anders Øst", "anders@example.dk", null, null, DAY));
        given(EVA, 1, new PersonDetailsCorrected(EVA, "Eva Holm", "eva@example.dk", null, null, DAY.plusDays(1)));

        assertThat(list())
                .containsExactly(
                        new PersonView("p-anders", "Anders Øst", "anders@example.dk", null, null, false),
                        new PersonView("p-eva", "Eva Holm", "eva@example.dk", null, null, false));
    }

    @Test
    void anEventAppliedAgainChangesNothing() throws Exception {
        given(EVA, 0, new PersonRegistered(EVA, "Eva Winther", null, null, null, DAY));
        given(EVA, 1, new PersonDetailsCorrected(EVA, "Eva Holm", null, null, null, DAY));
        given(EVA, 0, new PersonRegistered(EVA, "Eva Winther", null, null, null, DAY));

        assertThat(find("p-eva")).extracting(PersonView::name).containsExactly("Eva Holm");
    }

    @Test
    void anErasedPersonKeepsNoDetailsOnlyTheMark() throws Exception {
        given(EVA, 0, new PersonRegistered(EVA, "Eva Winther", "eva@example.dk", "+45 1234", "Mødrehjælpen", DAY));
        events.handle(GenericEventMessage.asEventMessage(new PersonErased(EVA, 1, DAY.plusDays(3))));

        assertThat(find("p-eva")).containsExactly(new PersonView("p-eva", null, null, null, null, true));
    }

    @Test
    void detailsReadErasedOnARebuildAreNotKept() throws Exception {
        given(EVA, 0, new PersonRegistered(EVA, Personal.ERASED, Personal.ERASED, null, Personal.ERASED, DAY));

        assertThat(find("p-eva")).containsExactly(new PersonView("p-eva", null, null, null, null, true));
    }

    @Test
    void aResetEmptiesTheRegister() throws Exception {
        given(EVA, 0, new PersonRegistered(EVA, "Eva Winther", null, null, null, DAY));

        events.prepareReset();

        assertThat(list()).isEmpty();
    }

    private List<PersonView> list() {
        return queries.query(new ListPersons(), ResponseTypes.multipleInstancesOf(PersonView.class))
                .join();
    }

    private List<PersonView> find(String... ids) {
        return queries.query(new FindPersons(Set.of(ids)), ResponseTypes.multipleInstancesOf(PersonView.class))
                .join();
    }

    private void given(PersonId person, long sequence, Object event) throws Exception {
        events.handle(new GenericDomainEventMessage<>("Person", person.value(), sequence, event));
    }
}
