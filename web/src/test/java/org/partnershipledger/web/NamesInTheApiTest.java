package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnershipledger.core.Personal;
import org.partnershipledger.web.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A representative reads the persons of their partnership by name wherever the API names them by id: the
 * decisions (who gave a stance, who recorded it on their behalf), the events, the witnesses of a checkpoint,
 * who they are and how their user was linked, and the events export. An erased person reads as erased, and a
 * researcher reads the same views with no names in them at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NamesInTheApiTest {

    private static final String ANNE = "Anne Sørensen";
    private static final String KAREN = "Karen Holm";
    private static final String OLE = "Ole Bak";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    private TestUsers test;
    private LedgerHttp facilitator;
    private LedgerHttp anne;
    private LedgerHttp researcher;
    private LedgerHttp administrator;
    private String partnership;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws Exception {
        String directory = Files.createTempDirectory("ledger-names").toString();
        registry.add("ledger.data-dir", () -> directory);
        registry.add("ledger.mongodb.uri", () -> "");
    }

    /**
     * Anne (the municipality's secretary) records a meeting Karen (the association's) and Ole (a guest) attend,
     * with Karen's stance on her behalf; both witness the head; Ole is then erased.
     */
    @BeforeAll
    void aPartnershipOfRegisteredPersonsOneOfThemErased() throws Exception {
        test = new TestUsers(users, port);
        facilitator = test.facilitator();
        administrator = test.administrator();
        researcher = test.researcher();
        for (String[] person : new String[][] {{"anne", ANNE}, {"karen", KAREN}, {"ole", OLE}}) {
            created(facilitator.post(
                    "/api/persons",
                    """
                    {"id": "%s", "name": "%s"}""".formatted(person[0], person[1])));
            facilitator.eventually("/api/persons/" + person[0]);
        }
        created(administrator.post(
                "/api/admin/users",
                """
                {"username": "anne-account", "password": "%s", "person": "anne"}"""
                        .formatted(TestUsers.PASSWORD)));
        anne = test.anonymous().as("anne-account", TestUsers.PASSWORD);
        partnership = facilitator
                .post(
                        "/api/partnerships",
                        """
                {"name": "Naboer i Viby", "purpose": "Neighbours who know one another", "occurredOn": "2024-01-10",
                 "partners": [{"name": "Aarhus Kommune", "sector": "PUBLIC"},
                              {"name": "Viby Beboerforening", "sector": "VOLUNTARY"}]}""")
                .headers()
                .firstValue("Location")
                .orElseThrow();
        JsonNode partners = facilitator.eventually(partnership).path("partners");
        String kommune = partners.get(0).path("id").asText();
        String forening = partners.get(1).path("id").asText();
        appoint("anne", kommune, "SECRETARY");
        appoint("karen", forening, "STEERING_GROUP");
        created(anne.post(
                partnership + "/meetings",
                """
                {"kind": "STEERING_GROUP", "occurredOn": "2024-02-01", "minutes": "Street party agreed",
                 "attendees": [{"person": "anne", "represents": "%s"}, {"person": "karen", "represents": "%s"},
                               {"person": "ole"}],
                 "proposals": [{"text": "Hold a street party", "proposedBy": "%s", "stances": [
                     {"partner": "%s", "stance": "CONSENT", "givenBy": "anne"},
                     {"partner": "%s", "stance": "CONSENT", "givenBy": "karen"}]}]}"""
                        .formatted(kommune, forening, kommune, kommune, forening)));
        JsonNode head = facilitator.eventually(partnership + "/verification");
        LedgerHttp karen = test.person("karen");
        for (Object[] witness : new Object[][] {{kommune, "anne", anne}, {forening, "karen", karen}}) {
            created(((LedgerHttp) witness[2])
                    .post(
                            partnership + "/checkpoints",
                            """
                    {"partner": "%s", "witness": "%s", "headHash": "%s", "eventCount": %d, "occurredOn": "2024-02-07"}"""
                                    .formatted(
                                            witness[0],
                                            witness[1],
                                            head.path("headHash").asText(),
                                            head.path("eventCount").asLong())));
        }
        HttpResponse<String> erased = administrator.post(
                "/api/admin/persons/ole/erasure", "{\"occurredOn\": \"%s\"}".formatted(LocalDate.now()));
        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(202);
        facilitator.eventually("/api/persons/ole", ole -> ole.path("erased").asBoolean());
        anne.eventually(partnership + "/decisions", decisions -> decisions.size() == 1);
    }

    @Test
    void aRepresentativeReadsWhoGaveAndWhoRecordedEachStanceByName() throws Exception {
        JsonNode decision = anne.eventually(partnership + "/decisions").get(0);

        assertThat(decision.path("stances").findValuesAsText("givenBy")).containsExactlyInAnyOrder("anne", "karen");
        assertThat(decision.path("stances").findValuesAsText("recordedBy")).contains("anne");
        assertThat(names(decision)).isEqualTo(Map.of("anne", ANNE, "karen", KAREN));
    }

    @Test
    void aRepresentativeReadsTheAttendeesOfAMeetingByNameAndAnErasedOneAsErased() throws Exception {
        JsonNode meeting = event(anne.eventually(partnership + "/events?limit=500"), "MeetingRecorded");

        assertThat(meeting.path("event").toString()).contains("\"ole\"");
        assertThat(names(meeting)).containsEntry("anne", ANNE).containsEntry("karen", KAREN);
        assertThat(names(meeting)).containsEntry("ole", Personal.ERASED);
        assertThat(anne.get(partnership + "/events?limit=500").body()).doesNotContain(OLE);
    }

    @Test
    void aRepresentativeReadsTheWitnessesOfACheckpointByName() throws Exception {
        JsonNode verification = anne.eventually(partnership + "/verification");

        assertThat(verification.path("witnessedCheckpoint").path("witnesses").findValuesAsText("witness"))
                .containsExactlyInAnyOrder("anne", "karen");
        assertThat(names(verification)).isEqualTo(Map.of("anne", ANNE, "karen", KAREN));
    }

    @Test
    void aPersonReadsTheirOwnNameAndThePersonsTheirUserWasLinkedTo() throws Exception {
        assertThat(names(anne.eventually("/api/me"))).isEqualTo(Map.of("anne", ANNE));
        JsonNode links = anne.eventually("/api/me/person-links");

        assertThat(links.get(0).path("to").asText()).isEqualTo("anne");
        assertThat(names(links.get(0))).isEqualTo(Map.of("anne", ANNE));
    }

    @Test
    void anAdministratorReadsTheUsersPersonsByNameAndNoNameForAPersonTheRegisterDoesNotHold() throws Exception {
        Map<String, JsonNode> byUsername = new LinkedHashMap<>();
        administrator
                .eventually("/api/admin/users")
                .forEach(user -> byUsername.put(user.path("username").asText(), user));

        assertThat(names(byUsername.get("anne-account"))).isEqualTo(Map.of("anne", ANNE));
        JsonNode facilitatorsUser = byUsername.values().stream()
                .filter(user -> user.path("capacities").toString().contains("FACILITATOR"))
                .findFirst()
                .orElseThrow();
        assertThat(facilitatorsUser.path("person").asText()).isNotBlank();
        assertThat(names(facilitatorsUser)).isEmpty();
        assertThat(names(administrator.eventually("/api/admin/users/anne-account")))
                .isEqualTo(Map.of("anne", ANNE));
    }

    @Test
    void aRepresentativeReadsNamesBesideTheEventsTheyExportAndAnErasedPersonAsErased() throws Exception {
        Map<String, String> files = unzipped(anne, partnership + "/exports/events");
        JsonNode meeting = null;
        for (String line : files.get("events.jsonl").split("\n")) {
            JsonNode event = JSON.readTree(line);
            if (event.path("type").asText().equals("MeetingRecorded")) {
                meeting = event;
            }
        }

        assertThat(meeting).isNotNull();
        assertThat(names(meeting))
                .containsEntry("anne", ANNE)
                .containsEntry("karen", KAREN)
                .containsEntry("ole", Personal.ERASED);
        assertThat(files.get("datacard.json")).contains("names");
        assertThat(String.join("\n", files.values())).doesNotContain(OLE);
    }

    @Test
    void aResearcherReadsTheSameViewsWithNoNamesInThem() throws Exception {
        List<String> read = new ArrayList<>();
        for (String path : List.of(
                partnership + "/decisions",
                partnership + "/events?limit=500",
                partnership + "/verification",
                "/api/me",
                "/api/me/person-links")) {
            HttpResponse<String> response = researcher.get(path);
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
            read.add(response.body());
        }
        read.addAll(unzipped(researcher, partnership + "/exports/events").values());
        String everything = String.join("\n", read);

        assertThat(everything).contains("MeetingRecorded").contains("witnessedCheckpoint");
        assertThat(everything)
                .doesNotContain("\"names\"")
                .doesNotContain(ANNE)
                .doesNotContain(KAREN)
                .doesNotContain("Sørensen");
    }

    private static Map<String, String> names(JsonNode view) {
        assertThat(view.has("names")).as("names in " + view).isTrue();
        Map<String, String> names = new LinkedHashMap<>();
        view.path("names")
                .fields()
                .forEachRemaining(
                        name -> names.put(name.getKey(), name.getValue().asText()));
        return names;
    }

    private static JsonNode event(JsonNode page, String type) {
        for (JsonNode event : page.path("events")) {
            if (event.path("type").asText().equals(type)) {
                return event;
            }
        }
        throw new AssertionError("No " + type + " in " + page);
    }

    private void appoint(String person, String partner, String role) throws Exception {
        created(facilitator.post(
                partnership + "/representatives",
                """
                {"person": "%s", "partner": "%s", "role": "%s", "occurredOn": "2024-01-15"}"""
                        .formatted(person, partner, role)));
    }

    private static void created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 204);
    }

    /** Each file of an export's ZIP by its name. */
    private static Map<String, String> unzipped(LedgerHttp reader, String path) throws Exception {
        HttpResponse<byte[]> response =
                HttpClient.newHttpClient().send(reader.request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
            ZipEntry file;
            while ((file = zip.getNextEntry()) != null) {
                files.put(file.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
