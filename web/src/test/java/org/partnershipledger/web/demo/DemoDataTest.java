package org.partnershipledger.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.diary.Visibility;
import org.partnershipledger.core.partnership.AgreementSigned;
import org.partnershipledger.core.partnership.AgreementTookEffect;
import org.partnershipledger.core.partnership.ConflictEscalated;
import org.partnershipledger.core.partnership.ConflictResolved;
import org.partnershipledger.core.partnership.DiaryEntryRecorded;
import org.partnershipledger.core.partnership.MediationSessionRecorded;
import org.partnershipledger.core.partnership.MeetingRecorded;
import org.partnershipledger.core.partnership.Partner;
import org.partnershipledger.core.partnership.PartnerWithdrew;
import org.partnershipledger.core.partnership.PartnershipEvent;
import org.partnershipledger.core.partnership.PartnershipFormed;
import org.partnershipledger.core.partnership.PhaseObserved;
import org.partnershipledger.core.partnership.RepresentativeReplaced;
import org.partnershipledger.core.programme.PairId;
import org.partnershipledger.core.programme.PairMatched;
import org.partnershipledger.core.programme.ProgrammeEvent;
import org.partnershipledger.core.programme.ProgrammeMeetingRecorded;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.query.history.PartnershipHistory;
import org.partnershipledger.query.programme.ProgrammeHistory;
import org.partnershipledger.web.PageSession;
import org.partnershipledger.web.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A ledger started with {@code --demo} on an empty store: the field reports' history, and users to explore it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoDataTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Path directory;

    @LocalServerPort
    int port;

    @Autowired
    DemoData demo;

    @Autowired
    UserAccounts users;

    @Autowired
    PartnershipHistory histories;

    @Autowired
    ProgrammeHistory programmes;

    @DynamicPropertySource
    static void demoOnAnEmptyStore(DynamicPropertyRegistry registry) throws Exception {
        directory = Files.createTempDirectory("ledger-demo");
        registry.add("ledger.data-dir", directory::toString);
        registry.add("ledger.mongodb.uri", () -> "");
        registry.add("ledger.demo", () -> "true");
    }

    @Test
    void theThreePartnershipsStandWithTheirPartners() {
        assertThat(partnerNames(ViolenceAgainstWomen.ID.value()))
                .containsExactly(
                        "Mødrehjælpen",
                        "Frederiksberg Kommune",
                        "Rødovre Kommune",
                        "Frederiksberg Politi",
                        "Rødovre/Hvidovre Politi");
        assertThat(partnerNames(GreenlandersInEsbjerg.ID.value()))
                .containsExactly("Vindrosen – De Frivilliges Hus", "Esbjerg Kommune");
        assertThat(partnerNames(OlderPeopleInAarhus.ID.value()))
                .containsExactly("Ældremobiliseringen", "Århus Kommune", "Idrætsorganisationen");
        assertThat(events(ViolenceAgainstWomen.ID.value(), AgreementTookEffect.class))
                .hasSize(1);
        assertThat(events(ViolenceAgainstWomen.ID.value(), PhaseObserved.class)).hasSizeGreaterThan(3);
    }

    @Test
    void theSportsOrganisationWithdrewInTheFirstMonth() {
        LocalDate formed = formed(OlderPeopleInAarhus.ID.value()).occurredOn();
        List<PartnerWithdrew> withdrawals = events(OlderPeopleInAarhus.ID.value(), PartnerWithdrew.class);
        assertThat(withdrawals).singleElement().satisfies(withdrew -> {
            assertThat(withdrew.partner()).isEqualTo(OlderPeopleInAarhus.IDRAETSORGANISATIONEN);
            assertThat(withdrew.effectiveOn()).isBefore(formed.plusMonths(1));
        });
    }

    @Test
    void theSignatureOnAVersionNotSeenLeftNoSignatureBehind() {
        List<AgreementSigned> signatures = events(OlderPeopleInAarhus.ID.value(), AgreementSigned.class);
        assertThat(signatures)
                .extracting(AgreementSigned::version, AgreementSigned::occurredOn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4, LocalDate.parse("2003-12-04")),
                        org.assertj.core.groups.Tuple.tuple(4, LocalDate.parse("2003-12-04")));
        assertThat(events(OlderPeopleInAarhus.ID.value(), AgreementTookEffect.class))
                .extracting(AgreementTookEffect::version)
                .containsExactly(4);
    }

    @Test
    void theEsbjergConflictReachedTheMediatorNamedInTheAgreement() throws Exception {
        String esbjerg = GreenlandersInEsbjerg.ID.value();
        assertThat(events(esbjerg, ConflictEscalated.class)).singleElement().satisfies(escalated -> {
            assertThat(escalated.mediator().name()).isEqualTo("Center for Frivilligt Socialt Arbejde");
            assertThat(escalated.mediator().person())
                    .isEqualTo(users.require("birgit-moeller").person());
        });
        assertThat(events(esbjerg, MediationSessionRecorded.class)).hasSize(1);
        assertThat(events(esbjerg, ConflictResolved.class)).hasSize(1);
        assertThat(events(esbjerg, PartnerWithdrew.class)).singleElement().satisfies(notice -> assertThat(
                        notice.effectiveOn())
                .isEqualTo(notice.occurredOn().plusMonths(3)));
        // The mediator reads the conflict-history read model, which may still be catching up.
        HttpResponse<String> conflicts = eventually(
                "birgit-moeller",
                "/api/partnerships/" + esbjerg + "/conflicts",
                body -> body.contains("En pressemeddelelse uden varsel"));
        assertThat(conflicts.statusCode()).isEqualTo(200);
        assertThat(conflicts.body()).contains("En pressemeddelelse uden varsel");
    }

    @Test
    void theViolenceAgainstWomenRepresentativesWereReplacedAfterTheSignatures() {
        String vaw = ViolenceAgainstWomen.ID.value();
        LocalDate inForce = events(vaw, AgreementTookEffect.class).get(0).occurredOn();
        List<RepresentativeReplaced> replaced = events(vaw, RepresentativeReplaced.class);
        assertThat(replaced).hasSize(5).allSatisfy(replacement -> assertThat(replacement.occurredOn())
                .isAfter(inForce));
        assertThat(events(vaw, AgreementSigned.class)).hasSize(5);
    }

    @Test
    void theViolenceAgainstWomenSteeringGroupDecidedInAgreementBlockedOnceAndStillAwaitsAnAnswer() throws Exception {
        String decisions = eventually(
                        "lone-kjaer",
                        "/api/partnerships/" + ViolenceAgainstWomen.ID.value() + "/decisions",
                        body -> body.contains("PENDING"))
                .body();
        assertThat(decisions).contains("\"ADOPTED\"", "\"BLOCKED\"", "\"PENDING\"");
    }

    @Test
    void theProgrammeMatchedFourPairsWhoMetAndKeptDiaries() {
        List<ProgrammeEvent> programme = programmes.of(EqualPartnershipProgramme.ID.value());
        List<PairMatched> pairs = programme.stream()
                .filter(PairMatched.class::isInstance)
                .map(PairMatched.class::cast)
                .toList();
        assertThat(pairs).hasSize(4);
        assertThat(programme)
                .filteredOn(ProgrammeMeetingRecorded.class::isInstance)
                .hasSize(2);
        for (PairMatched pair : pairs) {
            String partnership = pair.pairPartnership().value();
            assertThat(events(partnership, MeetingRecorded.class)).hasSizeGreaterThanOrEqualTo(2);
            assertThat(events(partnership, DiaryEntryRecorded.class))
                    .extracting(DiaryEntryRecorded::visibility)
                    .contains(Visibility.SHARED, Visibility.PRIVATE);
        }
    }

    @Test
    void theDemoPartnershipsPagesShowTheStateTheirHistoriesGiveToday() throws Exception {
        PageSession karen = PageSession.signIn(port, "karen-soerensen", demoPassword(), "da");
        String list = karen.get("/partnerships").body();
        assertThat(list)
                .as("the list names the sports organisation only as a former partner")
                .contains("Idrætsorganisationen (tidligere partner, trådte ud")
                .doesNotContain(">Idrætsorganisationen<");
        String aarhus =
                karen.get("/partnerships/" + OlderPeopleInAarhus.ID.value()).body();
        assertThat(between(aarhus, "<table aria-labelledby=\"partners\"", "</table>"))
                .as("the sports organisation left in 2003")
                .doesNotContain("Idrætsorganisationen");
        assertThat(between(aarhus, "<ul class=\"former-partners\">", "</ul>"))
                .contains("Idrætsorganisationen trådte ud den");
        assertThat(between(aarhus, "<table aria-labelledby=\"versions\"", "</table>"))
                .as("the drafts before the version signed were superseded, not waiting for signatures")
                .contains("afløst, før den trådte i kraft")
                .doesNotContain("Ikke underskrevet endnu");

        PageSession gitte = PageSession.signIn(port, "gitte-ravn", demoPassword(), "da");
        String esbjerg =
                gitte.get("/partnerships/" + GreenlandersInEsbjerg.ID.value()).body();
        assertThat(esbjerg)
                .contains("Partnerskabet blev opløst den")
                .contains("Gældende aftale, da partnerskabet sluttede")
                .doesNotContain(">Gældende aftale<")
                .doesNotContain("Registrér et møde");
        assertThat(between(esbjerg, "<ul class=\"former-partners\">", "</ul>"))
                .contains("Esbjerg Kommune trådte ud den");
    }

    @Test
    void thePairsOfTheProgrammeWrappedUpIn2019ReadAsEndedAndByANameNotAnId() throws Exception {
        String pair =
                EqualPartnershipProgramme.partnershipOf(new PairId("par-2")).value();
        PageSession hanne = PageSession.signIn(port, "hanne-lund", demoPassword(), "da");
        String list = hanne.get("/partnerships").body();
        assertThat(between(list, "href=\"/partnerships/" + pair + "\"", "</tr>"))
                .contains("Par: Bo Jessen og Frank Hviid");
        for (String each : List.of("par-1", "par-2", "par-3", "par-4")) {
            String partnership =
                    EqualPartnershipProgramme.partnershipOf(new PairId(each)).value();
            assertThat(between(list, "href=\"/partnerships/" + partnership + "\"", "</tr>"))
                    .as(each + " ended with the programme's wrap-up evaluation in May 2019")
                    .contains(">Afsluttet med programmet</td>");
        }
        assertThat(list).doesNotContain("Pair par-");
        assertThat(hanne.get("/partnerships/" + pair).body())
                .contains("Afsluttet med programmet")
                .contains("Parret sluttede med programmets afsluttende evaluering den 28. maj 2019.")
                .doesNotContain("Registrér et møde");

        PageSession jonas = PageSession.signIn(port, DemoUsers.RESEARCHER, demoPassword(), "da");
        assertThat(jonas.get("/partnerships/" + pair).body())
                .as("a researcher reads the pair by its number in the programme, not by its persons or its id")
                .contains("<h1>Par 2</h1>")
                .doesNotContain("Bo Jessen", "par-2<");

        String aarhus =
                hanne.get("/partnerships/" + OlderPeopleInAarhus.ID.value()).body();
        assertThat(aarhus)
                .as("a partnership that is no pair is as its own history gives it")
                .contains(">Aktivt<");
    }

    @Test
    void theProposalFormIsMovedThroughByAnIndexOfItsSectionsAndSavedFromAnyOfThem() throws Exception {
        PageSession lone = PageSession.signIn(port, "lone-kjaer", demoPassword(), "da");
        String form = lone.get("/partnerships/" + ViolenceAgainstWomen.ID.value() + "/agreement/new")
                .body();
        String index = between(form, "<nav class=\"form-index\"", "</nav>");
        List<String> anchors = java.util.regex.Pattern.compile("href=\"#([^\"]+)\"")
                .matcher(index)
                .results()
                .map(link -> link.group(1))
                .toList();
        assertThat(anchors)
                .containsExactly(
                        "who",
                        "background",
                        "goals",
                        "contentAndQuality",
                        "organisation",
                        "dialogue",
                        "plan",
                        "budget",
                        "changes",
                        "evaluation",
                        "term");
        anchors.forEach(anchor -> assertThat(form).contains("<fieldset id=\"" + anchor + "\""));
        assertThat(between(form, "<div class=\"form-actions\">", "</div>"))
                .contains("type=\"submit\"", "Foreslå denne version", "href=\"#form-index\"");
        assertThat(form.indexOf("<div class=\"form-actions\">"))
                .as("the button bar closes the form, after its last section")
                .isGreaterThan(form.indexOf("<fieldset id=\"term\""));
        String css = lone.get("/css/partnership.css").body();
        assertThat(between(css, ".agreement-propose .form-actions {", "}"))
                .as("the bar stays at the foot of the window while any part of the form is in view")
                .contains("position: sticky", "bottom: 0");
    }

    @Test
    void theMediatorFindsHerCasesAcrossPartnershipsAndNoOneElseIsLedThere() throws Exception {
        PageSession birgit = PageSession.signIn(port, "birgit-moeller", demoPassword(), "da");
        long deadline = System.nanoTime() + 20_000_000_000L;
        String cases = birgit.get("/cases").body();
        while (!cases.contains("En pressemeddelelse uden varsel") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            cases = birgit.get("/cases").body();
        }
        assertThat(cases)
                .contains("Mine sager", "En pressemeddelelse uden varsel", "løst efter", "Grønlændere i Esbjerg")
                .contains("/partnerships/" + GreenlandersInEsbjerg.ID.value() + "/conflicts/");
        assertThat(birgit.get("/partnerships").body()).contains("href=\"/cases\"");

        PageSession karen = PageSession.signIn(port, "karen-soerensen", demoPassword(), "da");
        assertThat(karen.get("/cases").body())
                .contains("Ingen konflikt er sendt videre til dig.")
                .doesNotContain("En pressemeddelelse uden varsel");
        assertThat(karen.get("/partnerships").body()).doesNotContain("href=\"/cases\"");
    }

    private static String between(String page, String start, String end) {
        int from = page.indexOf(start);
        assertThat(from).as("the page has " + start).isNotNegative();
        return page.substring(from, page.indexOf(end, from));
    }

    @Test
    void theDemoUsersReadTheirPartnerships() throws Exception {
        String vaw = "/api/partnerships/" + ViolenceAgainstWomen.ID.value();
        assertThat(get("lone-kjaer", vaw).statusCode()).isEqualTo(200);
        assertThat(get("tina-bro", vaw).statusCode()).isEqualTo(200);
        assertThat(get("karen-soerensen", "/api/partnerships/" + OlderPeopleInAarhus.ID.value())
                        .statusCode())
                .isEqualTo(200);
        assertThat(get("karen-soerensen", vaw).statusCode()).isEqualTo(403);
        HttpResponse<String> researched = get(DemoUsers.RESEARCHER, vaw + "/decisions");
        assertThat(researched.statusCode()).isEqualTo(200);
        assertThat(researched.body())
                .as("opened to research in agreement, so reasons are readable")
                .contains("Kun med kvindens skriftlige samtykke")
                .doesNotContain(users.require("jens-mikkelsen").person().value());
        String pair = "/api/partnerships/" + EqualPartnershipProgramme.partnershipOf(new PairId("par-1"));
        assertThat(get("anna-mortensen", pair).statusCode()).isEqualTo(200);
        assertThat(get("hanne-lund", pair).statusCode()).isEqualTo(200);
        assertThat(Files.getPosixFilePermissions(directory.resolve(DemoUsers.FILE)))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void theDemoPersonsAreRegisteredByTheirDanishNamesUnderOpaqueIdsAndResearchersReadNone() throws Exception {
        users.all().stream().filter(user -> user.person() != null).forEach(user -> assertThat(
                        user.person().value())
                .as("the id of %s says nothing of who they are", user.username())
                .matches("p-[a-z2-9]{20}"));
        String karen =
                "/api/persons/" + users.require("karen-soerensen").person().value();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (get("hanne-lund", karen).statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(get("hanne-lund", karen).body()).contains("Karen Sørensen");
        assertThat(get("hanne-lund", "/api/persons").body()).contains("Svend Munk", "Eva Winther", "Lone Kjær");
        assertThat(get(DemoUsers.RESEARCHER, karen).statusCode()).isEqualTo(403);
    }

    @Test
    void loadingAgainOnTheSameStoreDuplicatesNothing() {
        Map<String, Integer> before = eventCounts();
        assertThat(demo.load()).isFalse();
        assertThat(eventCounts()).isEqualTo(before);
    }

    @Test
    void everyChainVerifiesIntactAndThePartnersWitnessedOne() throws Exception {
        for (String id : partnerships()) {
            JsonNode verified = new ObjectMapper()
                    .readTree(get("hanne-lund", "/api/partnerships/" + id + "/verification")
                            .body());
            assertThat(verified.path("intact").asBoolean()).as(id).isTrue();
        }
        JsonNode vaw = new ObjectMapper()
                .readTree(get("hanne-lund", "/api/partnerships/" + ViolenceAgainstWomen.ID.value() + "/verification")
                        .body());
        assertThat(vaw.path("witnessedCheckpoint").path("inChain").asBoolean()).isTrue();
    }

    private List<String> partnerships() {
        List<String> all = new java.util.ArrayList<>(List.of(
                ViolenceAgainstWomen.ID.value(), GreenlandersInEsbjerg.ID.value(), OlderPeopleInAarhus.ID.value()));
        programmes.of(EqualPartnershipProgramme.ID.value()).stream()
                .filter(PairMatched.class::isInstance)
                .map(matched -> ((PairMatched) matched).pairPartnership().value())
                .forEach(all::add);
        return all;
    }

    private Map<String, Integer> eventCounts() {
        Map<String, Integer> counts = partnerships().stream()
                .collect(Collectors.toMap(id -> id, id -> histories.of(id).size()));
        counts.put(
                "programme", programmes.of(EqualPartnershipProgramme.ID.value()).size());
        return counts;
    }

    private PartnershipFormed formed(String partnership) {
        return events(partnership, PartnershipFormed.class).get(0);
    }

    private List<String> partnerNames(String partnership) {
        return formed(partnership).partners().stream().map(Partner::name).toList();
    }

    private <E extends PartnershipEvent> List<E> events(String partnership, Class<E> type) {
        return histories.of(partnership).stream()
                .map(HistoryEvent::event)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    private HttpResponse<String> get(String username, String path) throws Exception {
        String credentials = username + ":" + demoPassword();
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> eventually(String username, String path, Predicate<String> shows) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        HttpResponse<String> response = get(username, path);
        while (!shows.test(response.body()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            response = get(username, path);
        }
        return response;
    }

    /** The password as a newcomer finds it: on the first line of the demo users' file. */
    private static String demoPassword() throws Exception {
        String first = Files.readAllLines(directory.resolve(DemoUsers.FILE)).get(0);
        return first.substring(first.lastIndexOf(' ') + 1);
    }
}
