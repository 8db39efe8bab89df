package org.partnershipledger.query.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.programme.ProgrammeId;
import org.partnershipledger.core.programme.ProgrammeStarted;
import org.partnershipledger.query.ProjectionHarness;

class ProgrammeSummaryProjectionTest {

    private static final ProgrammeStarted AUTUMN = new ProgrammeStarted(
            new ProgrammeId("autumn"),
            "Autumn 2025",
            new PersonId("lise"),
            LocalDate.of(2025, 9, 1),
            LocalDate.of(2025, 11, 15));
    private static final ProgrammeStarted SPRING = new ProgrammeStarted(
            new ProgrammeId("spring"),
            "Spring 2025",
            new PersonId("lise"),
            LocalDate.of(2025, 3, 1),
            LocalDate.of(2025, 5, 1));
    private static final ProgrammeStarted ELSEWHERE = new ProgrammeStarted(
            new ProgrammeId("elsewhere"),
            "Elsewhere",
            new PersonId("someone-else"),
            LocalDate.of(2025, 3, 1),
            LocalDate.of(2025, 5, 1));

    private ProjectionHarness harness;
    private AnnotationEventHandlerAdapter events;
    private QueryGateway queries;

    @BeforeEach
    void setUp() {
        harness = ProjectionHarness.start(ProgrammeSummaryProjection::new);
        events = harness.events();
        queries = harness.queries();
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    @Test
    void aFacilitatorsProgrammesAreListedEarliestStartFirstAndNoOneElses() throws Exception {
        given(AUTUMN);
        given(SPRING);
        given(ELSEWHERE);

        assertThat(listFor("lise"))
                .containsExactly(
                        new ProgrammeSummary(
                                "spring", "Spring 2025", "lise", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 5, 1)),
                        new ProgrammeSummary(
                                "autumn", "Autumn 2025", "lise", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 11, 15)));
    }

    @Test
    void aReplayedStartChangesNothingAndAResetClearsTheList() throws Exception {
        given(SPRING);
        given(SPRING);
        assertThat(listFor("lise")).hasSize(1);

        events.prepareReset();

        assertThat(listFor("lise")).isEmpty();
    }

    private List<ProgrammeSummary> listFor(String facilitator) {
        return queries.query(new ListProgrammes(facilitator), ResponseTypes.multipleInstancesOf(ProgrammeSummary.class))
                .join();
    }

    private void given(ProgrammeStarted event) throws Exception {
        events.handle(
                new GenericDomainEventMessage<>("Programme", event.programmeId().value(), 0, event));
    }
}
