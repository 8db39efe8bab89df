package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.query.export.FormatStandards;
import org.partnershipledger.web.security.Capacity;
import org.partnershipledger.web.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Element;

/**
 * A researcher downloads every export over HTTP, unzips it and reads it back the way the format's own tools
 * would: JSON Lines line by line, CSV by RFC 4180, XES as XML by IEEE 1849, OCEL by the OCEL 2.0 JSON
 * layout. Nothing in them names a person or a citizen, and the data cards' heads are those verification
 * reports.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportApiTest {

    private static final String MINUTES = "Anne was upset about the budget";
    private static final String CONFLICT_TEXT = "Mads shouted at the volunteers";
    private static final String DIARY_TEXT = "I felt unheard again today";
    private static final String CITIZEN = "Karen Jensen";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    private final ObjectMapper json = new ObjectMapper();
    private TestUsers test;
    private LedgerHttp facilitator;
    private String suffix;
    private String partnership;
    private String id;
    private String otherId;
    private String a;
    private String b;
    private String c;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws Exception {
        String directory = Files.createTempDirectory("ledger-exports").toString();
        registry.add("ledger.data-dir", () -> directory);
        registry.add("ledger.mongodb.uri", () -> "");
    }

    /**
     * Aarhus Kommune, Ældre Sagen and a citizen sign an agreement, decide at a meeting, fall into a conflict
     * that goes to a mediator, and Ældre Sagen gives notice; a second partnership has only been formed.
     */
    @BeforeAll
    void recordTwoPartnerships() throws Exception {
        test = new TestUsers(users, port);
        suffix = PersonId.generate().value().substring(0, 8);
        facilitator = test.user(new PersonId("facilitator-" + suffix), Capacity.FACILITATOR);
        partnership = created(facilitator.post(
                "/api/partnerships",
                """
                {"name": "Ældre i Aarhus", "purpose": "Older people less lonely", "occurredOn": "2024-01-10",
                 "partners": [{"name": "Aarhus Kommune", "sector": "PUBLIC"},
                              {"name": "Ældre Sagen", "sector": "VOLUNTARY"},
                              {"name": "%s", "sector": "CITIZEN"}]}"""
                        .formatted(CITIZEN)));
        id = partnership.substring(partnership.lastIndexOf('/') + 1);
        JsonNode partners = facilitator.eventually(partnership).path("partners");
        a = partners.get(0).path("id").asText();
        b = partners.get(1).path("id").asText();
        c = partners.get(2).path("id").asText();
        appoint(facilitator, "anne", a, "SECRETARY");
        appoint(facilitator, "anne", a, "SIGNATORY");
        appoint(facilitator, "mads", b, "SIGNATORY");
        appoint(facilitator, "karen", c, "SIGNATORY");
        signAnAgreement();
        holdAMeeting();
        raiseAConflict();
        created(as("karen")
                .post(
                        partnership + "/diary",
                        """
                {"author": "%s", "occurredOn": "2024-02-07", "text": "%s"}"""
                                .formatted(person("karen"), DIARY_TEXT)));
        created(as("mads")
                .post(
                        partnership + "/withdrawals",
                        """
                {"partner": "%s", "reason": "Reorganised", "occurredOn": "2024-03-01"}"""
                                .formatted(b)));
        String other = created(
                facilitator.post(
                        "/api/partnerships",
                        """
                {"name": "Vold mod kvinder", "purpose": "Help women", "occurredOn": "2003-08-15",
                 "partners": [{"name": "Mødrehjælpen", "sector": "VOLUNTARY"},
                              {"name": "Frederiksberg Kommune", "sector": "PUBLIC"}]}"""));
        otherId = other.substring(other.lastIndexOf('/') + 1);
        facilitator.eventually(other);
    }

    @Test
    void theEventsExportIsJsonLinesInSequenceOrderWithItsDataCard() throws Exception {
        Map<String, String> zip = download(test.researcher(), partnership + "/exports/events");

        assertThat(zip).containsOnlyKeys("events.jsonl", "datacard.json");
        long previous = -1;
        String[] lines = zip.get("events.jsonl").split("\n");
        for (String line : lines) {
            JsonNode event = json.readTree(line);
            assertThat(event.path("sequence").asLong()).isGreaterThan(previous);
            previous = event.path("sequence").asLong();
            assertThat(event.path("type").asText()).isNotBlank();
            assertThat(event.path("event").isObject()).isTrue();
        }
        JsonNode card = json.readTree(zip.get("datacard.json"));
        assertThat(card.path("format").asText()).isEqualTo("JSON Lines");
        assertThat(card.path("eventCount").asLong()).isEqualTo(lines.length);
        assertThat(card.path("firstOccurredOn").asText()).isEqualTo("2024-01-10");
        assertThat(card.path("pseudonymisation").asText()).contains("pseudonyms");
    }

    @Test
    void theDecisionsAndConflictsExportsAreCsvWithAHeaderAndRowsOfItsWidth() throws Exception {
        for (String export : List.of("decisions", "conflicts")) {
            Map<String, String> zip = download(test.researcher(), partnership + "/exports/" + export);

            List<List<String>> rows = ExportFormats.csv(zip.get(export + ".csv"));
            assertThat(rows).as(export).hasSize(2);
            assertThat(rows.get(0)).as(export).contains(export.equals("decisions") ? "proposal_id" : "conflict_id");
            assertThat(rows).allSatisfy(row -> assertThat(row).hasSameSizeAs(rows.get(0)));
        }
    }

    @Test
    void theXesExportIsOneTracePerPartnershipOfEventsWithActivityTimeAndResource() throws Exception {
        Map<String, String> zip =
                download(test.researcher(), "/api/exports/xes?partnership=" + id + "&partnership=" + otherId);

        Element log = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(zip.get("partnerships.xes").getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
        assertThat(log.getTagName()).isEqualTo("log");
        assertThat(log.getAttribute("xes.version")).isEqualTo("1.0");
        assertThat(ExportFormats.children(log, "extension"))
                .extracting(extension -> extension.getAttribute("name"))
                .contains("Concept", "Time", "Organizational", "Lifecycle");
        List<Element> traces = ExportFormats.children(log, "trace");
        assertThat(traces)
                .extracting(trace -> ExportFormats.attributes(trace).get("concept:name"))
                .containsExactly(id, otherId);
        for (Element trace : traces) {
            assertThat(ExportFormats.children(trace, "event")).isNotEmpty().allSatisfy(event -> {
                Map<String, String> attributes = ExportFormats.attributes(event);
                assertThat(attributes.get("concept:name")).isNotBlank();
                assertThat(attributes.get("org:role")).isNotBlank();
                OffsetDateTime.parse(attributes.get("time:timestamp"));
            });
        }
        assertThat(json.readTree(zip.get("datacard.json")).path("phaseModel").asText())
                .isEqualTo("firo");
    }

    @Test
    void theXesExportIsValidByTheIeee1849XsdAndHasEveryEventForAResearcherAndAFacilitator() throws Exception {
        for (LedgerHttp reader : List.of(test.researcher(), facilitator)) {
            byte[] xes = download(reader, "/api/exports/xes?partnership=" + id + "&partnership=" + otherId)
                    .get("partnerships.xes")
                    .getBytes(StandardCharsets.UTF_8);

            assertThat(FormatStandards.xesViolations(xes)).isEmpty();
            List<Element> traces = ExportFormats.children(
                    DocumentBuilderFactory.newInstance()
                            .newDocumentBuilder()
                            .parse(new ByteArrayInputStream(xes))
                            .getDocumentElement(),
                    "trace");
            assertThat(traces).hasSize(2);
            for (Element trace : traces) {
                String traceId = ExportFormats.attributes(trace).get("concept:name");
                long events = download(reader, "/api/partnerships/" + traceId + "/exports/events")
                        .get("events.jsonl")
                        .lines()
                        .count();
                assertThat(ExportFormats.children(trace, "event")).as(traceId).hasSize((int) events);
            }
        }
    }

    @Test
    void theXesResourceIsAlwaysAPersonAndPartnersAndCapacitiesAreGroupsAndRoles() throws Exception {
        Map<String, String> zip = download(facilitator, "/api/exports/xes?partnership=" + id);
        Element log = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(zip.get("partnerships.xes").getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
        List<Map<String, String>> events =
                ExportFormats.children(ExportFormats.children(log, "trace").get(0), "event").stream()
                        .map(ExportFormats::attributes)
                        .toList();

        assertThat(events)
                .filteredOn(event -> event.containsKey("org:resource"))
                .extracting(event -> event.get("org:resource"))
                .isNotEmpty()
                .containsOnly(person("anne"), person("mads"), person("karen"), person("mette"));
        assertThat(events)
                .filteredOn(event -> event.containsKey("org:group"))
                .extracting(event -> event.get("org:group"))
                .containsOnly("Aarhus Kommune", "Ældre Sagen", CITIZEN);
        assertThat(events)
                .extracting(event -> event.get("org:role"))
                .contains("facilitator", "signatory", "steering group", "mediator", "partner");
        assertThat(events)
                .filteredOn(event -> event.get("concept:name").equals("Conflict"))
                .singleElement()
                .satisfies(conflict -> assertThat(conflict).containsEntry("lifecycle:transition", "start"));
    }

    @Test
    void theOcelExportIsValidByTheOfficialOcel20SchemaForAResearcherAndAFacilitator() throws Exception {
        for (LedgerHttp reader : List.of(test.researcher(), facilitator)) {
            String ocel = download(reader, "/api/exports/ocel?partnership=" + id + "&partnership=" + otherId)
                    .get("partnerships.jsonocel");

            assertThat(FormatStandards.ocelViolations(ocel)).isEmpty();
            assertThat(json.readTree(ocel).path("events")).isNotEmpty();
        }
    }

    @Test
    void theOcelExportDeclaresWhatItUsesAndRelatesEventsToObjectsThatExist() throws Exception {
        Map<String, String> zip = download(test.researcher(), "/api/exports/ocel?partnership=" + id + "&model=tuckman");

        JsonNode log = json.readTree(zip.get("partnerships.jsonocel"));
        Map<String, Map<String, String>> objectTypes = ExportFormats.declarations(log.path("objectTypes"));
        Map<String, Map<String, String>> eventTypes = ExportFormats.declarations(log.path("eventTypes"));
        Set<String> objects = new HashSet<>();
        log.path("objects").forEach(object -> objects.add(object.path("id").asText()));
        Set<String> qualifiers = new HashSet<>();
        for (JsonNode object : log.path("objects")) {
            Map<String, String> declared = objectTypes.get(object.path("type").asText());
            assertThat(declared).as(object.toString()).isNotNull();
            object.path("attributes").forEach(attribute -> ExportFormats.assertTyped(attribute, declared));
            object.path("relationships").forEach(relationship -> assertThat(objects)
                    .contains(relationship.path("objectId").asText()));
        }
        for (JsonNode event : log.path("events")) {
            Map<String, String> declared = eventTypes.get(event.path("type").asText());
            assertThat(declared).as(event.toString()).isNotNull();
            OffsetDateTime.parse(event.path("time").asText());
            event.path("attributes").forEach(attribute -> ExportFormats.assertTyped(attribute, declared));
            for (JsonNode relationship : event.path("relationships")) {
                assertThat(objects).contains(relationship.path("objectId").asText());
                qualifiers.add(relationship.path("qualifier").asText());
            }
        }
        assertThat(qualifiers).contains("proposer", "signer", "raiser", "concerned", "withdrawing");
        assertThat(json.readTree(zip.get("datacard.json")).path("phaseModel").asText())
                .isEqualTo("tuckman");
    }

    @Test
    void aResearchersExportsNameNoPersonNorCitizenAndCarryNoFreeText() throws Exception {
        LedgerHttp researcher = test.researcher();
        for (String path : List.of(
                partnership + "/exports/events",
                partnership + "/exports/decisions",
                partnership + "/exports/conflicts",
                "/api/exports/xes",
                "/api/exports/ocel")) {
            for (Map.Entry<String, String> file : download(researcher, path).entrySet()) {
                for (String secret : List.of(
                        person("anne"),
                        person("mads"),
                        person("karen"),
                        person("mette"),
                        "Mette Mægler",
                        CITIZEN,
                        MINUTES,
                        CONFLICT_TEXT,
                        DIARY_TEXT)) {
                    assertThat(file.getValue()).as(path + " " + file.getKey()).doesNotContain(secret);
                }
            }
        }
    }

    @Test
    void theDataCardsHeadsAreThoseVerificationReports() throws Exception {
        LedgerHttp researcher = test.researcher();
        Map<String, JsonNode> verified = new HashMap<>();
        for (String partnershipId : List.of(id, otherId)) {
            verified.put(
                    partnershipId,
                    json.readTree(researcher
                            .get("/api/partnerships/" + partnershipId + "/verification")
                            .body()));
        }

        JsonNode card =
                json.readTree(download(researcher, "/api/exports/ocel?partnership=" + id + "&partnership=" + otherId)
                        .get("datacard.json"));
        JsonNode single = json.readTree(
                download(researcher, partnership + "/exports/decisions").get("datacard.json"));

        assertThat(card.path("partnerships")).hasSize(2);
        for (JsonNode taken : card.path("partnerships")) {
            JsonNode verification = verified.get(taken.path("partnershipId").asText());
            assertThat(taken.path("headHash").asText())
                    .isEqualTo(verification.path("headHash").asText());
            assertThat(taken.path("chainEventCount").asLong())
                    .isEqualTo(verification.path("eventCount").asLong());
        }
        assertThat(single.path("partnerships").get(0).path("headHash").asText())
                .isEqualTo(verified.get(id).path("headHash").asText());
    }

    @Test
    void aReaderGetsOnlyThePartnershipsTheyMayReadInAMultiPartnershipExport() throws Exception {
        Map<String, String> zip =
                download(as("anne"), "/api/exports/xes?partnership=" + id + "&partnership=" + otherId);

        JsonNode card = json.readTree(zip.get("datacard.json"));
        assertThat(card.path("partnerships").findValuesAsText("partnershipId")).containsExactly(id);
        assertThat(card.path("pseudonymisation").asText()).doesNotContain("pseudonyms");
    }

    @Test
    void anUnknownPartnershipIsNotFoundAnOutsiderIsRefusedAndAnUnknownModelIsBadEachAsAProblemNotAZip()
            throws Exception {
        assertProblem(test.researcher().get("/api/partnerships/no-such-partnership/exports/events"), 404);
        assertProblem(as("outsider").get(partnership + "/exports/decisions"), 403);
        assertProblem(test.researcher().get("/api/exports/xes?model=astrology"), 400);
        assertProblem(test.researcher().get("/api/exports/ocel?model=astrology"), 400);
    }

    /** Refused before the export began to stream: a problem detail, not a ZIP. */
    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    /** The ZIP's files by name, after checking it is delivered as an attachment. */
    private Map<String, String> download(LedgerHttp reader, String path) throws Exception {
        HttpResponse<byte[]> response =
                HTTP.send(reader.request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode())
                .as(new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment")
                .contains(".zip");
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private void signAnAgreement() throws Exception {
        HttpResponse<String> proposed = as("anne")
                .post(
                        partnership + "/agreement/versions",
                        """
                {"proposedBy": "%s", "occurredOn": "2024-01-20", "content": %s}"""
                                .formatted(a, AGREEMENT));
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        String hash = json.readTree(proposed.body()).path("contentHash").asText();
        for (String[] signatory : new String[][] {{"anne", a}, {"mads", b}, {"karen", c}}) {
            HttpResponse<String> signed = as(signatory[0])
                    .post(
                            partnership + "/agreement/versions/1/signatures",
                            """
                {"partner": "%s", "contentHash": "%s", "signatory": "%s", "occurredOn": "2024-01-25"}"""
                                    .formatted(signatory[1], hash, person(signatory[0])));
            assertThat(signed.statusCode()).as(signed.body()).isEqualTo(201);
        }
    }

    private void holdAMeeting() throws Exception {
        created(as("anne")
                .post(
                        partnership + "/meetings",
                        """
                {"kind": "STEERING_GROUP", "occurredOn": "2024-02-01", "minutes": "%s",
                 "attendees": [{"person": "%s", "represents": "%s"}, {"person": "%s", "represents": "%s"},
                               {"person": "%s", "represents": "%s"}],
                 "proposals": [{"text": "Hold a gathering", "proposedBy": "%s", "stances": [
                     {"partner": "%s", "stance": "CONSENT", "givenBy": "%s"},
                     {"partner": "%s", "stance": "CONSENT", "givenBy": "%s"},
                     {"partner": "%s", "stance": "ABSTAIN", "givenBy": "%s"}]}]}"""
                                .formatted(
                                        MINUTES,
                                        person("anne"),
                                        a,
                                        person("mads"),
                                        b,
                                        person("karen"),
                                        c,
                                        a,
                                        a,
                                        person("anne"),
                                        b,
                                        person("mads"),
                                        c,
                                        person("karen"))));
    }

    private void raiseAConflict() throws Exception {
        String conflict = created(as("anne")
                .post(
                        partnership + "/conflicts",
                        """
                {"raisedBy": "%s", "concerning": ["%s"], "topic": "Tone", "category": "COMMUNICATION",
                 "description": "%s", "occurredOn": "2024-02-05"}"""
                                .formatted(a, b, CONFLICT_TEXT)));
        HttpResponse<String> escalated = as("anne")
                .post(
                        conflict + "/escalation",
                        """
                {"mediator": {"name": "Mette Mægler", "organisation": "", "person": "%s"}, "occurredOn": "2024-02-06"}"""
                                .formatted(person("mette")));
        assertThat(escalated.statusCode()).as(escalated.body()).isEqualTo(204);
    }

    private static final String AGREEMENT =
            """
            {"background": {"problem": "Older people are lonely", "strengths": []},
             "goals": {"goals": ["Fewer lonely"], "successCriteria": ["Visitors"]},
             "contentAndQuality": {"activity": "Visits", "qualityRequirements": "Trained volunteers"},
             "organisation": {"rightsAndDuties": "Equal", "responsibilities": [],
                              "governance": {"steeringGroupCadence": "monthly", "workingGroupCadence": "weekly"},
                              "information": {"internal": "Minutes", "external": "Together"}},
             "dialogue": {"rules": "Talk first", "mediator": null},
             "plan": {"phases": []},
             "budget": {"financing": "Own", "moneyExchanged": false},
             "changes": {"amendment": "In agreement", "withdrawal": "Notice", "noticePeriod": "P3M"},
             "riskAssessment": "Low",
             "evaluation": {"method": "Survey", "measurementPoints": [], "anchoring": "Council"},
             "term": {"startsOn": "2024-02-01", "endsOn": null},
             "revisionDate": null,
             "accession": []}""";

    private String created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private String person(String name) {
        return name + "-" + suffix;
    }

    private LedgerHttp as(String name) {
        return test.person(person(name));
    }

    private void appoint(LedgerHttp facilitator, String name, String partner, String role) throws Exception {
        created(facilitator.post(
                partnership + "/representatives",
                """
                {"person": "%s", "partner": "%s", "role": "%s", "occurredOn": "2024-01-15"}"""
                        .formatted(person(name), partner, role)));
    }
}
