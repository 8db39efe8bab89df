package org.partnershipledger.query.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.conflict.ConflictId;
import org.partnershipledger.core.conflict.MediatorRef;
import org.partnershipledger.core.decision.ProposalId;
import org.partnershipledger.core.partnership.ClosePartnership.ClosingReason;
import org.partnershipledger.core.partnership.ConflictEscalated;
import org.partnershipledger.core.partnership.DissolutionCancelled;
import org.partnershipledger.core.partnership.Partner;
import org.partnershipledger.core.partnership.PartnerAdmitted;
import org.partnershipledger.core.partnership.PartnershipClosed;
import org.partnershipledger.core.partnership.PartnershipDissolved;
import org.partnershipledger.core.partnership.PartnershipEvent;
import org.partnershipledger.core.partnership.PartnershipFormed;
import org.partnershipledger.core.partnership.RepresentativeAppointed;
import org.partnershipledger.core.partnership.Role;
import org.partnershipledger.core.partnership.Sector;
import org.partnershipledger.query.ProjectionHarness;
import org.partnershipledger.query.TestDatabase;

class PartnershipSummaryProjectionTest {

    private static final Partner MODREHJAELPEN = new Partner(new PartnerId("p-1"), "Mødrehjælpen", Sector.VOLUNTARY);
    private static final Partner FREDERIKSBERG =
            new Partner(new PartnerId("p-2"), "Frederiksberg Kommune", Sector.PUBLIC);
    private static final Partner VINDROSEN = new Partner(new PartnerId("p-3"), "Vindrosen", Sector.VOLUNTARY);
    private static final Partner ESBJERG = new Partner(new PartnerId("p-4"), "Esbjerg Kommune", Sector.PUBLIC);

    private static final PartnershipFormed VIOLENCE_AGAINST_WOMEN = new PartnershipFormed(
            new PartnershipId("violence-against-women"),
            "Violence against women",
            "Help women exposed to violence",
            LocalDate.of(2003, 8, 15),
            List.of(MODREHJAELPEN, FREDERIKSBERG));
    private static final PartnershipFormed GREENLANDERS_IN_ESBJERG = new PartnershipFormed(
            new PartnershipId("greenlanders-in-esbjerg"),
            "Greenlanders in Esbjerg",
            "Well-being of Greenlanders in Esbjerg",
            LocalDate.of(2003, 3, 10),
            List.of(VINDROSEN, ESBJERG));

    private TestDatabase database;
    private AnnotationEventHandlerAdapter events;
    private QueryGateway queries;

    @BeforeEach
    void setUp() {
        ProjectionHarness harness = ProjectionHarness.start(PartnershipSummaryProjection::new);
        database = harness.database();
        events = harness.events();
        queries = harness.queries();
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void aFormedPartnershipIsSummarisedWithItsPartnersAndDomainDate() throws Exception {
        given(VIOLENCE_AGAINST_WOMEN, 0);

        assertThat(find("violence-against-women"))
                .contains(new PartnershipSummary(
                        "violence-against-women",
                        "Violence against women",
                        "Help women exposed to violence",
                        LocalDate.of(2003, 8, 15),
                        List.of(
                                new PartnerSummary("p-1", "Mødrehjælpen", "VOLUNTARY"),
                                new PartnerSummary("p-2", "Frederiksberg Kommune", "PUBLIC")),
                        "ACTIVE"));
    }

    @Test
    void aDissolvedPartnershipIsSummarisedAsDissolved() throws Exception {
        given(VIOLENCE_AGAINST_WOMEN, 0);
        given(
                new PartnershipDissolved(
                        VIOLENCE_AGAINST_WOMEN.partnershipId(),
                        "Fewer than two partners remain",
                        LocalDate.of(2005, 1, 1)),
                2);

        assertThat(find("violence-against-women"))
                .map(PartnershipSummary::state)
                .contains("DISSOLVED");
    }

    @Test
    void aDissolutionCancelledBeforeItsDayLeavesThePartnershipActive() throws Exception {
        LocalDate dissolvesOn = LocalDate.of(2005, 1, 1);
        given(VIOLENCE_AGAINST_WOMEN, 0);
        given(
                new PartnershipDissolved(
                        VIOLENCE_AGAINST_WOMEN.partnershipId(), "Fewer than two partners remain", dissolvesOn),
                2);
        given(
                new DissolutionCancelled(
                        VIOLENCE_AGAINST_WOMEN.partnershipId(),
                        dissolvesOn,
                        "Two or more partners remain",
                        LocalDate.of(2004, 11, 1)),
                4);

        assertThat(find("violence-against-women"))
                .map(PartnershipSummary::state)
                .contains("ACTIVE");
    }

    @Test
    void aClosedPartnershipIsSummarisedAsClosed() throws Exception {
        given(VIOLENCE_AGAINST_WOMEN, 0);
        given(
                new PartnershipClosed(
                        VIOLENCE_AGAINST_WOMEN.partnershipId(),
                        ClosingReason.TERM_ENDED,
                        null,
                        LocalDate.of(2004, 12, 31)),
                5);

        assertThat(find("violence-against-women"))
                .map(PartnershipSummary::state)
                .contains("CLOSED");
    }

    @Test
    void anAdmittedPartnerJoinsTheSummary() throws Exception {
        given(VIOLENCE_AGAINST_WOMEN, 0);
        given(
                new PartnerAdmitted(
                        VIOLENCE_AGAINST_WOMEN.partnershipId(),
                        new Partner(new PartnerId("p-aarhus"), "Aarhus Kommune", Sector.PUBLIC),
                        new ProposalId("admit-aarhus"),
                        LocalDate.of(2004, 6, 1)),
                7);

        assertThat(find("violence-against-women").orElseThrow().partners())
                .extracting(PartnerSummary::name)
                .containsExactly("Mødrehjælpen", "Frederiksberg Kommune", "Aarhus Kommune");
    }

    @Test
    void anUnknownPartnershipIsNotFound() throws Exception {
        given(VIOLENCE_AGAINST_WOMEN, 0);

        assertThat(find("no-such-partnership")).isEmpty();
    }

    @Test
    void partnershipsAreListedInTheOrderTheyWereFormed() throws Exception {
        given(VIOLENCE_AGAINST_WOMEN, 0);
        given(GREENLANDERS_IN_ESBJERG, 0);

        assertThat(list())
                .extracting(PartnershipSummary::id)
                .containsExactly("greenlanders-in-esbjerg", "violence-against-women");
    }

    @Test
    void aReplayedEventThatWasAlreadyAppliedChangesNothing() throws Exception {
        given(VIOLENCE_AGAINST_WOMEN, 0);

        given(
                new PartnershipFormed(
                        VIOLENCE_AGAINST_WOMEN.partnershipId(),
                        "A different name",
                        "A different purpose",
                        LocalDate.of(2010, 1, 1),
                        List.of(VINDROSEN, ESBJERG)),
                0);

        assertThat(list()).singleElement().satisfies(summary -> {
            assertThat(summary.name()).isEqualTo("Violence against women");
            assertThat(summary.formedOn()).isEqualTo(LocalDate.of(2003, 8, 15));
        });
    }

    @Test
    void resettingClearsEverySummarySoAReplayCanRebuildThem() throws Exception {
        given(VIOLENCE_AGAINST_WOMEN, 0);
        given(GREENLANDERS_IN_ESBJERG, 0);

        events.prepareReset();

        assertThat(list()).isEmpty();
    }

    @Test
    void afterAResetTheReplayedEventsAreAppliedAgain() throws Exception {
        given(VIOLENCE_AGAINST_WOMEN, 0);
        events.prepareReset();

        given(VIOLENCE_AGAINST_WOMEN, 0);

        assertThat(find("violence-against-women")).isPresent();
    }

    @Test
    void aPersonsListHoldsThePartnershipsTheyRepresentAPartnerInOrMediate() throws Exception {
        given(VIOLENCE_AGAINST_WOMEN, 0);
        given(GREENLANDERS_IN_ESBJERG, 0);
        given(
                new RepresentativeAppointed(
                        new PartnershipId("violence-against-women"),
                        new PersonId("anne"),
                        MODREHJAELPEN.id(),
                        Role.STEERING_GROUP,
                        LocalDate.of(2003, 9, 1)),
                1);
        given(
                new ConflictEscalated(
                        new PartnershipId("greenlanders-in-esbjerg"),
                        new ConflictId("c-1"),
                        new MediatorRef("Mette", "", new PersonId("mette")),
                        LocalDate.of(2004, 2, 1)),
                1);

        assertThat(listFor("anne")).extracting(PartnershipSummary::id).containsExactly("violence-against-women");
        assertThat(listFor("mette")).extracting(PartnershipSummary::id).containsExactly("greenlanders-in-esbjerg");
        assertThat(listFor("someone-else")).isEmpty();
    }

    private List<PartnershipSummary> listFor(String person) {
        return queries.query(new ListPartnerships(person), ResponseTypes.multipleInstancesOf(PartnershipSummary.class))
                .join();
    }

    private void given(PartnershipEvent event, long sequence) throws Exception {
        events.handle(new GenericDomainEventMessage<>(
                "Partnership", event.partnershipId().value(), sequence, event));
    }

    private Optional<PartnershipSummary> find(String partnershipId) {
        return list().stream()
                .filter(summary -> summary.id().equals(partnershipId))
                .findFirst();
    }

    private List<PartnershipSummary> list() {
        return queries.query(new ListPartnerships(), ResponseTypes.multipleInstancesOf(PartnershipSummary.class))
                .join();
    }
}
