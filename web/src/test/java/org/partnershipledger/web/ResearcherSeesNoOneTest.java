package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.partnership.AgreementProposed;
import org.partnershipledger.core.partnership.CheckpointWitnessed;
import org.partnershipledger.core.partnership.ConflictRaised;
import org.partnershipledger.core.partnership.MeetingRecorded;
import org.partnershipledger.core.partnership.PartnershipEvent;
import org.partnershipledger.core.programme.ProgrammeEvent;
import org.partnershipledger.core.store.MongoEventStorageEngine;
import org.partnershipledger.query.disclosure.Pseudonyms;
import org.partnershipledger.query.export.FormatStandards;
import org.partnershipledger.web.security.Capacity;
import org.partnershipledger.web.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A researcher reads the whole demo ledger (three partnerships of the field reports with meetings, stances,
 * signatures, replacements, a conflict escalated to the mediator the agreement names, checkpoints every
 * partner witnessed, and a programme of pairs with diaries) through every API view, every export and every
 * page open to them, in English and Danish, and meets no one: no person's id, name or personal data, and
 * every person under the one pseudonym the ledger's key gives them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResearcherSeesNoOneTest {

    private static final String RESEARCHER = "researcher-reads-all";
    private static final Pattern PSEUDONYM = Pattern.compile("\\b(person|citizen|mediator)-[0-9a-f]{12}\\b");
    private static final int SHORTEST_WORD = 4;
    private static final String CITIZEN = "Karen Bjerregaard";
    private static final String MEDIATOR = "Lise Mathiesen";
    private static final String PERSONAL_REASON = "Only if my carer can come along";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    MongoEventStorageEngine store;

    @Autowired
    Pseudonyms pseudonyms;

    private final PersonsOnRecord everyone = new PersonsOnRecord();
    private final Set<String> partnerships = new TreeSet<>();
    private final Set<String> programmes = new TreeSet<>();
    private final Map<String, Set<String>> conflicts = new LinkedHashMap<>();
    private final Map<String, Set<String>> meetings = new LinkedHashMap<>();
    private final Map<String, Integer> versions = new LinkedHashMap<>();
    private final Set<String> witnesses = new LinkedHashSet<>();
    /** What the researcher read: where, and the text (a ZIP's files each on their own). */
    private final Map<String, String> read = new LinkedHashMap<>();
    /** The answer's status to each request, so a refusal cannot pass for a clean read. */
    private final Map<String, Integer> statuses = new LinkedHashMap<>();

    @DynamicPropertySource
    static void demoOnAnEmptyStore(DynamicPropertyRegistry registry) throws Exception {
        String directory = Files.createTempDirectory("ledger-researcher").toString();
        registry.add("ledger.data-dir", () -> directory);
        registry.add("ledger.mongodb.uri", () -> "");
        registry.add("ledger.demo", () -> "true");
    }

    @BeforeAll
    void collectEveryPersonThenReadEverythingAsAResearcher() throws Exception {
        recordACitizensPartnershipWithAMediatorAppointedAtEscalation();
        try (var events = store.readEvents(null, false)) {
            events.forEach(this::collect);
        }
        users.create(RESEARCHER, TestUsers.PASSWORD, null, Set.of(Capacity.RESEARCHER));
        readTheApi(new LedgerHttp(port).as(RESEARCHER, TestUsers.PASSWORD));
        for (String language : List.of("en", "da")) {
            readThePages(language);
        }
    }

    /**
     * What the demo lacks, recorded through the API: a citizen partner with a person's name, a mediator who
     * is a private person appointed when the conflict is escalated, and both partners witnessing the head.
     */
    private void recordACitizensPartnershipWithAMediatorAppointedAtEscalation() throws Exception {
        TestUsers test = new TestUsers(users, port);
        LedgerHttp facilitator = test.facilitator();
        HttpResponse<String> formed = facilitator.post(
                "/api/partnerships",
                """
                {"name": "Besøgsven i Valby", "purpose": "Fewer lonely afternoons", "occurredOn": "2024-01-10",
                 "partners": [{"name": "Valby Lokaludvalg", "sector": "PUBLIC"},
                              {"name": "%s", "sector": "CITIZEN"}]}"""
                        .formatted(CITIZEN));
        assertThat(formed.statusCode()).as(formed.body()).isEqualTo(201);
        String partnership = formed.headers().firstValue("Location").orElseThrow();
        var partners = facilitator.eventually(partnership).path("partners");
        String valby = partners.get(0).path("id").asText();
        String citizen = partners.get(1).path("id").asText();
        ok(facilitator.post(partnership + "/representatives", appointment("asger-holm", valby, "SECRETARY")));
        ok(facilitator.post(partnership + "/representatives", appointment("sofie-kragh", citizen, "STEERING_GROUP")));
        LedgerHttp secretary = test.person("asger-holm");
        LedgerHttp citizenSelf = test.person("sofie-kragh");
        HttpResponse<String> meeting = secretary.post(
                partnership + "/meetings",
                """
                {"kind": "STEERING_GROUP", "occurredOn": "2024-02-01", "minutes": "Visits agreed",
                 "attendees": [{"person": "asger-holm", "represents": "%s"}, {"person": "sofie-kragh", "represents": "%s"}],
                 "proposals": [{"text": "Weekly visits", "proposedBy": "%s", "stances": [
                     {"partner": "%s", "stance": "CONSENT", "givenBy": "asger-holm"},
                     {"partner": "%s", "stance": "CONSENT", "givenBy": "sofie-kragh",
                      "reason": "%s", "reasonPersonal": true}]}]}"""
                        .formatted(valby, citizen, valby, valby, citizen, PERSONAL_REASON));
        ok(meeting);
        // Open to research, so a researcher reads its free text, but never a reason its giver marked personal.
        String decision =
                test.anonymous().read(meeting.body()).path("proposalIds").get(0).asText();
        ok(secretary.post(
                partnership + "/research-opening",
                """
                {"proposalId": "%s", "occurredOn": "2024-02-02"}""".formatted(decision)));
        HttpResponse<String> raised = secretary.post(
                partnership + "/conflicts",
                """
                {"raisedBy": "%s", "concerning": ["%s"], "topic": "Tone", "category": "COMMUNICATION",
                 "description": "Visits cancelled twice", "occurredOn": "2024-02-05"}"""
                        .formatted(valby, citizen));
        ok(raised);
        String conflict = raised.headers().firstValue("Location").orElseThrow();
        ok(secretary.post(
                conflict + "/escalation",
                """
                {"mediator": {"name": "%s", "organisation": "", "person": "lise-mathiesen"}, "occurredOn": "2024-02-06"}"""
                        .formatted(MEDIATOR)));
        var head = facilitator.eventually(partnership + "/verification");
        for (String[] witness : new String[][] {{valby, "asger-holm"}, {citizen, "sofie-kragh"}}) {
            LedgerHttp by = witness[1].equals("asger-holm") ? secretary : citizenSelf;
            ok(by.post(
                    partnership + "/checkpoints",
                    """
                    {"partner": "%s", "witness": "%s", "headHash": "%s", "eventCount": %d, "occurredOn": "2024-02-07"}"""
                            .formatted(
                                    witness[0],
                                    witness[1],
                                    head.path("headHash").asText(),
                                    head.path("eventCount").asLong())));
        }
    }

    private static String appointment(String person, String partner, String role) {
        return """
                {"person": "%s", "partner": "%s", "role": "%s", "occurredOn": "2024-01-15"}"""
                .formatted(person, partner, role);
    }

    private static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 204);
    }

    private void collect(TrackedEventMessage<?> message) {
        Object event = message.getPayload();
        everyone.collect(event);
        String aggregate = message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        if (event instanceof PartnershipEvent && aggregate != null) {
            partnerships.add(aggregate);
        }
        if (event instanceof ProgrammeEvent && aggregate != null) {
            programmes.add(aggregate);
        }
        if (event instanceof ConflictRaised raised) {
            conflicts
                    .computeIfAbsent(aggregate, any -> new LinkedHashSet<>())
                    .add(raised.conflictId().value());
        }
        if (event instanceof MeetingRecorded meeting) {
            meetings.computeIfAbsent(aggregate, any -> new LinkedHashSet<>())
                    .add(meeting.meetingId().value());
        }
        if (event instanceof AgreementProposed proposed) {
            versions.merge(aggregate, proposed.version(), Math::max);
        }
        if (event instanceof CheckpointWitnessed witnessed) {
            witnesses.add(witnessed.witness().value());
        }
    }

    @Test
    void theDemoHoldsThePersonsTheSearchesLookFor() {
        assertThat(everyone.persons)
                .contains(
                        demoPerson("lone-kjaer"),
                        demoPerson("tina-bro"),
                        demoPerson("rasmus-friis"),
                        demoPerson("birgit-moeller"));
        assertThat(everyone.names).contains("Center for Frivilligt Socialt Arbejde", CITIZEN, MEDIATOR);
        assertThat(everyone.persons).contains("sofie-kragh", "lise-mathiesen");
        assertThat(String.join("\n", everyone.otherTexts))
                .doesNotContainIgnoringCase("Frivilligt Socialt")
                .doesNotContainIgnoringCase(CITIZEN)
                .doesNotContainIgnoringCase("Mathiesen");
        assertThat(everyone.citizenPartners).isNotEmpty();
        assertThat(everyone.personalTexts).contains(PERSONAL_REASON);
        assertThat(String.join("\n", read.values())).contains("Visits agreed");
        assertThat(witnesses).isNotEmpty();
        assertThat(read).hasSizeGreaterThan(100);
        assertThat(String.join("\n", read.values()))
                .contains(pseudonyms
                        .of(new PersonId(demoPerson("birgit-moeller")))
                        .value());
    }

    @Test
    void aResearcherMayReadEveryViewExportAndPageTheTestReadsButTheFormsAndProgrammes() {
        Map<String, Integer> refused = new LinkedHashMap<>(statuses);
        refused.values().removeIf(status -> status == 200);
        refused.keySet().removeIf(where -> where.endsWith("/new") || where.contains(" /programmes/"));
        assertThat(refused).isEmpty();
        assertThat(statuses).containsKey("GET /api/partnerships/vold-mod-kvinder/verification");
    }

    @Test
    void theDemosXesAndOcelExportsAreValidByTheStandardsSchemasForAResearcherAndAFacilitator() throws Exception {
        Map<String, String> exports = new LinkedHashMap<>();
        exports.put("researcher xes", read.get("GET /api/exports/xes partnerships.xes"));
        exports.put("researcher ocel", read.get("GET /api/exports/ocel partnerships.jsonocel"));
        LedgerHttp facilitator = new TestUsers(users, port).facilitator();
        for (String format : List.of("xes", "ocel")) {
            HttpResponse<byte[]> response = HTTP.send(
                    facilitator.request("/api/exports/" + format).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            try (ZipInputStream files = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
                for (ZipEntry file = files.getNextEntry(); file != null; file = files.getNextEntry()) {
                    if (!file.getName().equals("datacard.json")) {
                        exports.put("facilitator " + format, new String(files.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }

        assertThat(exports).hasSize(4).allSatisfy((export, text) -> {
            assertThat(text).as(export).contains(partnerships);
            List<String> violations = export.endsWith("xes")
                    ? FormatStandards.xesViolations(text.getBytes(StandardCharsets.UTF_8))
                    : FormatStandards.ocelViolations(text);
            assertThat(violations).as(export).isEmpty();
        });
    }

    @Test
    void aResearcherReadsNoPersonsIdAnywhere() {
        assertThat(leaks(everyone.persons, false)).isEmpty();
    }

    @Test
    void aResearcherReadsNoPersonsNameNorAnyWordOfIt() {
        assertThat(leaks(everyone.names, true)).isEmpty();
    }

    @Test
    void aResearcherReadsNoNamesBesideThePseudonymsInAnyViewOrExport() {
        List<String> named = new ArrayList<>();
        read.forEach((where, text) -> {
            if (where.startsWith("GET /api/") && text.contains("\"names\"")) {
                named.add(where);
            }
        });
        assertThat(named).isEmpty();
        assertThat(read).containsKey("GET /api/me/person-links");
    }

    @Test
    void aResearcherReadsNoOtherPersonalDataAnywhere() {
        List<String> found = new ArrayList<>();
        read.forEach((where, text) -> everyone.personalTexts.stream()
                .filter(personal -> text.toLowerCase(Locale.ROOT).contains(personal.toLowerCase(Locale.ROOT)))
                .forEach(personal -> found.add(where + ": " + personal)));
        assertThat(found).isEmpty();
    }

    @Test
    void everyPseudonymAResearcherReadsIsTheOnePseudonymOfOnePerson() {
        Map<String, String> expected = new LinkedHashMap<>();
        everyone.persons.forEach(
                person -> expected.put(pseudonyms.of(new PersonId(person)).value(), person));
        everyone.citizenPartners.forEach(
                partner -> expected.put(pseudonyms.citizen(new PartnerId(partner)), "citizen partner " + partner));
        // A mediator the ledger knows as a person is read by that person's pseudonym, never by a second one.
        everyone.mediators.forEach((name, persons) -> {
            if (persons.contains(Optional.empty())) {
                expected.put(pseudonyms.mediator(name), "mediator " + name);
            }
        });
        List<String> strangers = new ArrayList<>();
        read.forEach((where, text) -> {
            Matcher pseudonym = PSEUDONYM.matcher(text);
            while (pseudonym.find()) {
                if (!expected.containsKey(pseudonym.group())) {
                    strangers.add(where + ": " + pseudonym.group());
                }
            }
        });
        assertThat(strangers)
                .as("pseudonyms of no one, or a second pseudonym of someone")
                .isEmpty();
    }

    @Test
    void theWitnessesAndTheMediatorAreReadByTheirPseudonyms() {
        String verification = read.get("GET /api/partnerships/vold-mod-kvinder/verification");
        assertThat(verification).contains("person-");
        String everything = String.join("\n", read.values());
        witnesses.forEach(witness -> assertThat(everything)
                .contains(pseudonyms.of(new PersonId(witness)).value()));
        String greenlanders = read.entrySet().stream()
                .filter(entry -> entry.getKey().contains("groenlaendere")
                        || entry.getKey().contains("esbjerg"))
                .map(Map.Entry::getValue)
                .reduce("", String::concat);
        assertThat(greenlanders)
                .contains(pseudonyms
                        .of(new PersonId(demoPerson("birgit-moeller")))
                        .value());
    }

    /** Where the researcher read a value, matched as a whole word, case-insensitively; names also word by word. */
    private List<String> leaks(Set<String> values, boolean wordByWord) {
        Set<String> sought = new LinkedHashSet<>(values);
        if (wordByWord) {
            values.forEach(value -> {
                for (String word : value.split("[^\\p{L}\\p{N}]+")) {
                    if (word.length() >= SHORTEST_WORD) {
                        sought.add(word);
                    }
                }
            });
        }
        // A value that also stands in text that is no one's personal data proves nothing where it is found (a
        // pair's citizen partner is named "Erfaringsekspert", as the pair's purpose says).
        String otherTexts = String.join("\n", everyone.otherTexts);
        List<Pattern> patterns = sought.stream()
                .map(value -> Pattern.compile(
                        "(?<![\\p{L}\\p{N}])" + Pattern.quote(value) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .filter(pattern -> !pattern.matcher(otherTexts).find())
                .toList();
        List<String> found = new ArrayList<>();
        read.forEach((where, text) -> {
            String withoutPseudonyms = PSEUDONYM.matcher(text).replaceAll(" ");
            for (Pattern pattern : patterns) {
                Matcher match = pattern.matcher(withoutPseudonyms);
                if (match.find()) {
                    int from = Math.max(0, match.start() - 60);
                    int to = Math.min(withoutPseudonyms.length(), match.end() + 60);
                    found.add(where + ": " + match.group() + " in …" + withoutPseudonyms.substring(from, to) + "…");
                }
            }
        });
        return found;
    }

    private void readTheApi(LedgerHttp researcher) throws Exception {
        api(researcher, "/api/me");
        api(researcher, "/api/me/person-links");
        api(researcher, "/api/partnerships");
        for (String id : partnerships) {
            String partnership = "/api/partnerships/" + id;
            for (String view : List.of(
                    "",
                    "/timeline",
                    "/timeline?model=tuckman",
                    "/decisions",
                    "/conflicts",
                    "/verification",
                    "/exports/events",
                    "/exports/decisions",
                    "/exports/conflicts")) {
                api(researcher, partnership + view);
            }
            Integer from = 0;
            while (from != null) {
                String page = api(researcher, partnership + "/events?limit=500&from=" + from);
                var next = researcher.read(page).path("next");
                from = next.isNumber() ? next.asInt() : null;
            }
            for (String conflict : conflicts.getOrDefault(id, Set.of())) {
                api(researcher, "/api/conflicts/" + conflict);
                api(researcher, partnership + "/conflicts/" + conflict);
            }
            readTheRecordsOf(researcher, partnership, meetings.getOrDefault(id, Set.of()));
            api(researcher, "/api/exports/xes?partnership=" + id);
            api(researcher, "/api/exports/ocel?partnership=" + id + "&model=tuckman");
        }
        api(researcher, "/api/exports/xes");
        api(researcher, "/api/exports/ocel");
    }

    /**
     * The resources a partnership's commands point to: every agreement version, representative (found by
     * the pseudonym the list gives), meeting, proposal with its stances, and partner.
     */
    private void readTheRecordsOf(LedgerHttp researcher, String partnership, Set<String> meetingIds) throws Exception {
        for (var version : researcher.read(api(researcher, partnership + "/agreement/versions"))) {
            String at = partnership + "/agreement/versions/"
                    + version.path("version").asInt();
            api(researcher, at);
            for (var signature : version.path("signatures")) {
                api(researcher, at + "/signatures/" + signature.path("partner").asText());
            }
        }
        for (var representative : researcher.read(api(researcher, partnership + "/representatives"))) {
            api(
                    researcher,
                    partnership + "/representatives/"
                            + representative.path("person").asText());
        }
        api(researcher, partnership + "/meetings");
        for (String meeting : meetingIds) {
            api(researcher, partnership + "/meetings/" + meeting);
        }
        for (var decision : researcher.read(api(researcher, partnership + "/decisions"))) {
            String proposal =
                    partnership + "/proposals/" + decision.path("proposalId").asText();
            api(researcher, proposal);
            for (var stance : decision.path("stances")) {
                api(researcher, proposal + "/stances/" + stance.path("partner").asText());
            }
        }
        var state = researcher.read(api(researcher, partnership));
        for (String partners : List.of("partners", "formerPartners")) {
            for (var partner : state.path(partners)) {
                api(researcher, partnership + "/partners/" + partner.path("id").asText());
            }
        }
    }

    /** Reads one API path; a ZIP is read file by file. */
    private String api(LedgerHttp researcher, String path) throws Exception {
        HttpResponse<byte[]> response =
                HTTP.send(researcher.request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
        String where = "GET " + path;
        statuses.put(where, response.statusCode());
        if (response.headers().firstValue("Content-Type").orElse("").startsWith("application/zip")) {
            unzip(where, response.body());
            return "";
        }
        String body = new String(response.body(), StandardCharsets.UTF_8);
        read.put(where, body);
        return body;
    }

    private void unzip(String where, byte[] zip) throws IOException {
        try (ZipInputStream files = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry file;
            while ((file = files.getNextEntry()) != null) {
                read.put(where + " " + file.getName(), new String(files.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private void readThePages(String language) throws Exception {
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(browser);
        page(browser, language, "/partnerships");
        page(browser, language, "/programmes");
        for (String programme : programmes) {
            page(browser, language, "/programmes/" + programme);
        }
        for (String id : partnerships) {
            String partnership = "/partnerships/" + id;
            for (String view : List.of(
                    "",
                    "/history",
                    "/timeline",
                    "/timeline?model=tuckman",
                    "/timeline.svg",
                    "/decisions",
                    "/conflicts",
                    "/agreement/new",
                    "/meetings/new",
                    "/conflicts/new")) {
                page(browser, language, partnership + view);
            }
            for (String conflict : conflicts.getOrDefault(id, Set.of())) {
                page(browser, language, partnership + "/conflicts/" + conflict);
            }
            for (String meeting : meetings.getOrDefault(id, Set.of())) {
                page(browser, language, partnership + "/meetings/" + meeting);
            }
            int latest = versions.getOrDefault(id, 0);
            for (int version = 1; version <= latest; version++) {
                page(browser, language, partnership + "/agreement/versions/" + version);
                page(browser, language, partnership + "/agreement/diff?from=1&to=" + version);
            }
        }
    }

    private void page(HttpClient browser, String language, String path) throws Exception {
        HttpResponse<String> response = browser.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Accept-Language", language)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        read.put("page " + language + " " + path + " (" + response.statusCode() + ")", response.body());
        statuses.put("page " + language + " " + path, response.statusCode());
    }

    private void signIn(HttpClient browser) throws Exception {
        String form = browser.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher token = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"")
                .matcher(form);
        assertThat(token.find()).as(form).isTrue();
        String credentials = "username=" + RESEARCHER + "&password="
                + URLEncoder.encode(TestUsers.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(credentials))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** The opaque person id of a demo person, by their demo username. */
    private String demoPerson(String username) {
        return users.require(username).person().value();
    }
}
