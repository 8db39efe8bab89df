package org.partnershipledger.query.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.partnership.AgreementProposed;
import org.partnershipledger.core.partnership.AgreementSigned;
import org.partnershipledger.core.partnership.ConflictEscalated;
import org.partnershipledger.core.partnership.DiaryEntryRecorded;
import org.partnershipledger.core.partnership.DiaryEntryVisibilityChanged;
import org.partnershipledger.core.partnership.OpenedToResearch;
import org.partnershipledger.core.partnership.PartnershipEvent;
import org.partnershipledger.core.partnership.RepresentativeAppointed;
import org.partnershipledger.core.store.LedgerSerializer;
import org.partnershipledger.query.conflict.ConflictHistory;
import org.partnershipledger.query.conflict.ConflictView;
import org.partnershipledger.query.decision.DecisionTrail;
import org.partnershipledger.query.decision.DecisionView;
import org.partnershipledger.query.disclosure.GeneratedPartnership.Ending;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.query.history.PartnershipHistory.Window;
import org.partnershipledger.query.history.PartnershipState;
import org.partnershipledger.query.phase.ObservationTrack;
import org.partnershipledger.query.phase.PhaseModels;
import org.partnershipledger.query.phase.Timeline;

class ResearcherReadingTest {

    private static final ObjectMapper JSON = LedgerSerializer.objectMapper();

    private final Pseudonyms pseudonyms = new Pseudonyms(Pseudonyms.newKey());
    private final Redaction forResearcher = Redaction.of(Reader.researcher(new PersonId("researcher")), pseudonyms);
    private final GeneratedPartnership closed = GeneratedPartnership.of(42, false, Ending.CLOSED);

    private static String json(List<HistoryEvent> history) throws Exception {
        return JSON.writeValueAsString(history);
    }

    @Test
    void theGeneratedHistoryNamesItsPersonsAndTextsSoTheSearchesBelowCanFindThem() throws Exception {
        String original = json(closed.history());

        assertThat(original)
                .contains(closed.persons())
                .contains(closed.freeTexts())
                .contains(closed.personalNames())
                .contains(closed.diaryTexts());
    }

    @Test
    void aResearcherReadsNoPersonIdNoFreeTextNoPersonalNameAndNoDiaryAnywhere() throws Exception {
        String redacted = json(forResearcher.apply(closed.history()));

        assertThat(redacted).doesNotContain(closed.persons());
        assertThat(redacted).doesNotContain(closed.freeTexts());
        assertThat(redacted).doesNotContain(closed.personalNames());
        assertThat(redacted).doesNotContain(closed.diaryTexts());
        assertThat(redacted).contains(Redaction.WITHHELD, "\"person-", "\"citizen-", "\"mediator-");
    }

    @Test
    void aDissolvedPartnershipIsRedactedAsWell() throws Exception {
        GeneratedPartnership dissolved = GeneratedPartnership.of(43, false, Ending.DISSOLVED);

        String redacted = json(forResearcher.apply(dissolved.history()));

        assertThat(redacted).doesNotContain(dissolved.persons()).doesNotContain(dissolved.freeTexts());
    }

    @Test
    void aResearcherFollowsAPersonThroughTheHistoryByOneStablePseudonym() {
        List<HistoryEvent> redacted = forResearcher.apply(closed.history());
        PersonId expected = pseudonyms.of(closed.ngoLead);

        Optional<PersonId> appointed = redacted.stream()
                .map(HistoryEvent::event)
                .filter(RepresentativeAppointed.class::isInstance)
                .map(event -> ((RepresentativeAppointed) event).person())
                .findFirst();
        Optional<PersonId> signed = redacted.stream()
                .map(HistoryEvent::event)
                .filter(AgreementSigned.class::isInstance)
                .map(event -> ((AgreementSigned) event).signatory())
                .findFirst();

        assertThat(appointed).contains(expected);
        assertThat(signed).contains(expected);
    }

    @Test
    void aResearcherReadsNoDiaryEntryNotEvenASharedOne() {
        assertThat(forResearcher.apply(closed.history()))
                .map(HistoryEvent::event)
                .noneMatch(
                        event -> event instanceof DiaryEntryRecorded || event instanceof DiaryEntryVisibilityChanged);
    }

    @Test
    void aResearcherReadsTheSamePhasesAsTheHistoryWithoutItsDiaries() {
        List<HistoryEvent> redacted = forResearcher.apply(closed.history());
        Timeline original = PhaseModels.firo().timeline(closed.history());

        assertThat(PhaseModels.firo().timeline(redacted))
                .isEqualTo(PhaseModels.firo().timeline(withoutDiaries()));
        assertThat(phases(PhaseModels.firo().timeline(redacted))).isEqualTo(phases(original));
        assertThat(ObservationTrack.observations(redacted)).isEqualTo(ObservationTrack.observations(closed.history()));
    }

    @Test
    void aResearcherReadsTheSameDecisionsWithTheirOutcomesAndStances() {
        List<DecisionView> original = DecisionTrail.of(closed.history());
        List<DecisionView> redacted = DecisionTrail.of(forResearcher.apply(closed.history()));

        assertThat(redacted).hasSameSizeAs(original);
        for (int i = 0; i < original.size(); i++) {
            assertThat(redacted.get(i).proposalId()).isEqualTo(original.get(i).proposalId());
            assertThat(redacted.get(i).outcome()).isEqualTo(original.get(i).outcome());
            assertThat(redacted.get(i).reachedOn()).isEqualTo(original.get(i).reachedOn());
            assertThat(redacted.get(i).stances())
                    .extracting(stance -> stance.partner() + " " + stance.stance())
                    .isEqualTo(original.get(i).stances().stream()
                            .map(stance -> stance.partner() + " " + stance.stance())
                            .toList());
            assertThat(redacted.get(i).text()).isEqualTo(Redaction.WITHHELD);
        }
    }

    @Test
    void aResearcherReadsTheSameConflictsWithTheirStatesAndSteps() {
        String id = closed.id.value();
        List<ConflictView> original = ConflictHistory.of(id, closed.history());
        List<ConflictView> redacted = ConflictHistory.of(id, forResearcher.apply(closed.history()));

        assertThat(states(redacted)).isEqualTo(states(original)).hasSize(3);
        assertThat(ConflictHistory.summary(id, redacted)).isEqualTo(ConflictHistory.summary(id, original));
        assertThat(redacted)
                .flatMap(ConflictView::steps)
                .extracting(step -> step.kind() + " " + step.on())
                .isEqualTo(original.stream()
                        .flatMap(conflict -> conflict.steps().stream())
                        .map(step -> step.kind() + " " + step.on())
                        .toList());
    }

    @Test
    void aResearcherReadsTheSamePartnersWithCitizensByPseudonym() {
        LocalDate on = LocalDate.of(2003, 12, 31);
        PartnershipState.View original = PartnershipState.of(closed.history(), on);
        PartnershipState.View redacted = PartnershipState.of(forResearcher.apply(closed.history()), on);

        assertThat(redacted.state()).isEqualTo(original.state());
        assertThat(redacted.agreementVersionInForce()).isEqualTo(original.agreementVersionInForce());
        assertThat(redacted.partners())
                .extracting(PartnershipState.PartnerOnRecord::name)
                .containsExactly(
                        closed.ngo.name(),
                        closed.municipality.name(),
                        pseudonyms.citizen(closed.citizen.id()),
                        pseudonyms.citizen(closed.admittedCitizen.id()));
    }

    @Test
    void onceThePartnershipOpenedItsHistoryAResearcherReadsItsFreeTextButStillNoPerson() throws Exception {
        GeneratedPartnership open = GeneratedPartnership.of(42, true, Ending.CLOSED);

        String redacted = json(forResearcher.apply(open.history()));

        assertThat(redacted).contains(open.freeTexts()).doesNotContain(Redaction.WITHHELD);
        assertThat(redacted).doesNotContain(open.persons()).doesNotContain(open.personalNames());
        assertThat(redacted).doesNotContain(open.diaryTexts());
    }

    @Test
    void aHistoryCutBeforeItsOpeningIsReadWithoutItsFreeText() throws Exception {
        GeneratedPartnership open = GeneratedPartnership.of(42, true, Ending.CLOSED);
        LocalDate openedOn = open.history().stream()
                .filter(recorded -> recorded.event() instanceof OpenedToResearch)
                .findFirst()
                .orElseThrow()
                .occurredOn();
        List<HistoryEvent> before = new Window(Optional.of(openedOn.minusDays(1)), Optional.empty()).of(open.history());

        String redacted = json(forResearcher.apply(before));

        assertThat(redacted).doesNotContain(open.freeTexts());
    }

    @Test
    void aMediatorTheLedgerKnowsIsReadByTheirPersonsOnePseudonymInTheAgreementAndTheEscalation() throws Exception {
        List<HistoryEvent> history = mediatorNamedInTheAgreement(closed);

        String redacted = json(forResearcher.apply(history));
        String pseudonym = pseudonyms.of(closed.mediator).value();

        assertThat(redacted).doesNotContain("Mette Lind", closed.mediator.value());
        assertThat(redacted)
                .doesNotContain(pseudonyms.of(pseudonyms.of(closed.mediator)).value());
        assertThat(redacted).doesNotContain(pseudonyms.mediator("Mette Lind"));
        assertThat(redacted).contains("\"name\":\"" + pseudonym + "\"");
        assertThat(redacted.split(pseudonym, -1)).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void aMediatorTheLedgerDoesNotKnowIsReadByAPseudonymOfTheirName() throws Exception {
        String redacted = json(forResearcher.apply(closed.history()));

        assertThat(redacted).doesNotContain("Frivilligcenter").contains(pseudonyms.mediator("Frivilligcenter"));
    }

    @Test
    void aReasonItsGiverMarkedPersonalIsNeverReadByAResearcherNotEvenOnceTheHistoryIsOpen() throws Exception {
        GeneratedPartnership open = GeneratedPartnership.of(42, true, Ending.CLOSED);
        List<HistoryEvent> history = reasonsMarkedPersonal(open);
        List<String> reasons = open.freeTexts().stream()
                .filter(text -> text.startsWith("The stance reason"))
                .toList();

        String redacted = json(forResearcher.apply(history));
        String asWritten = json(Redaction.of(Reader.representative(open.ngoLead, Set.of()), null)
                .apply(history));

        assertThat(reasons).isNotEmpty();
        assertThat(redacted).doesNotContain(reasons).contains("The minutes");
        assertThat(asWritten).contains(reasons);
    }

    /** The history with every stance's reason marked personal by its giver. */
    private static List<HistoryEvent> reasonsMarkedPersonal(GeneratedPartnership partnership) throws Exception {
        List<HistoryEvent> history = new ArrayList<>();
        for (HistoryEvent recorded : partnership.history()) {
            ObjectNode tree = JSON.valueToTree(recorded.event());
            markPersonal(tree);
            history.add(new HistoryEvent(
                    recorded.sequence(),
                    recorded.occurredOn(),
                    recorded.recordedAt(),
                    JSON.treeToValue(tree, recorded.event().getClass())));
        }
        return history;
    }

    private static void markPersonal(JsonNode node) {
        if (node instanceof ObjectNode object && object.has("reasonPersonal")) {
            object.put("reasonPersonal", true);
        }
        node.forEach(ResearcherReadingTest::markPersonal);
    }

    /** The history with the agreement naming the mediator of the escalation, as a person the ledger knows. */
    private static List<HistoryEvent> mediatorNamedInTheAgreement(GeneratedPartnership partnership) throws Exception {
        List<HistoryEvent> history = new ArrayList<>();
        for (HistoryEvent recorded : partnership.history()) {
            PartnershipEvent event = recorded.event();
            if (event instanceof AgreementProposed || event instanceof ConflictEscalated) {
                ObjectNode tree = JSON.valueToTree(event);
                ObjectNode mediator = (ObjectNode)
                        (event instanceof AgreementProposed
                                ? tree.path("content").path("dialogue").path("mediator")
                                : tree.path("mediator"));
                mediator.put("name", "Mette Lind").set("person", JSON.valueToTree(partnership.mediator));
                event = JSON.treeToValue(tree, event.getClass());
            }
            history.add(new HistoryEvent(recorded.sequence(), recorded.occurredOn(), recorded.recordedAt(), event));
        }
        return history;
    }

    private List<HistoryEvent> withoutDiaries() {
        return closed.history().stream()
                .filter(recorded -> DiaryReadership.entryOf(recorded.event()).isEmpty())
                .toList();
    }

    private static List<String> phases(Timeline timeline) {
        return timeline.intervals().stream()
                .map(interval -> interval.phase() + " " + interval.startsOn() + " " + interval.endsOn())
                .toList();
    }

    private static Map<String, String> states(List<ConflictView> conflicts) {
        return conflicts.stream().collect(Collectors.toMap(ConflictView::conflictId, ConflictView::state));
    }
}
