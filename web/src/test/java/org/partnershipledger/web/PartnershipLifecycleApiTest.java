package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A partnership driven through its life over real HTTP, as an outside client would. Every refused
 * command is answered with a problem naming the rule, and leaves the event store as it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PartnershipLifecycleApiTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    private String partnership;
    private String ngo;
    private String municipality;
    private String police;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws Exception {
        String directory = Files.createTempDirectory("ledger-lifecycle").toString();
        registry.add("ledger.data-dir", () -> directory);
        registry.add("ledger.mongodb.uri", () -> "");
    }

    @BeforeEach
    void formTheViolenceAgainstWomenPartnership() throws Exception {
        HttpResponse<String> formed = post(
                "/api/partnerships",
                """
                {"name": "Vold mod kvinder", "purpose": "Help women subjected to violence",
                 "occurredOn": "2003-08-15", "complexity": "MEDIUM", "kind": "NETWORK_BASED",
                 "partners": [{"name": "Mødrehjælpen", "sector": "VOLUNTARY"},
                              {"name": "Frederiksberg Kommune", "sector": "PUBLIC"},
                              {"name": "Frederiksberg Politi", "sector": "PUBLIC"}]}""");
        assertThat(formed.statusCode()).isEqualTo(201);
        partnership = formed.headers().firstValue("Location").orElseThrow();
        JsonNode partners = eventually(partnership).path("partners");
        ngo = partners.get(0).path("id").asText();
        municipality = partners.get(1).path("id").asText();
        police = partners.get(2).path("id").asText();
    }

    @Test
    void representativesAreAppointedReplacedAndRemoved() throws Exception {
        assertCreated(appoint("anne", ngo, "STEERING_GROUP"), partnership + "/representatives/anne");
        assertCreated(appoint("anne", ngo, "SECRETARY"), partnership + "/representatives/anne");
        assertCreated(appoint("mads", municipality, "STEERING_GROUP"), partnership + "/representatives/mads");

        HttpResponse<String> replaced = post(
                partnership + "/representatives/mads/replacement",
                """
                {"incoming": "mette", "occurredOn": "2004-01-20"}""");
        assertCreated(replaced, partnership + "/representatives/mette");

        HttpResponse<String> removed = post(
                partnership + "/representatives/mette/removal",
                """
                {"reason": "On leave", "occurredOn": "2004-06-01"}""");
        assertThat(removed.statusCode()).isEqualTo(204);
    }

    @Test
    void aPersonWhoSpeaksForOnePartnerCannotBeAppointedForAnother() throws Exception {
        appoint("anne", ngo, "STEERING_GROUP");

        assertRefusedWithoutChange(() -> appoint("anne", police, "STEERING_GROUP"), 409, "represents-another-partner");
    }

    @Test
    void aThirdSteeringGroupMemberOfOnePartnerIsRefused() throws Exception {
        appoint("anne", ngo, "STEERING_GROUP");
        appoint("birgit", ngo, "STEERING_GROUP");

        assertRefusedWithoutChange(() -> appoint("camilla", ngo, "STEERING_GROUP"), 409, "steering-group-seats-taken");
    }

    @Test
    void anUnknownRoleIsABadRequestNamingTheField() throws Exception {
        assertRefusedWithoutChange(() -> appoint("anne", ngo, "TREASURER"), 400, "role");
    }

    @Test
    void aPartnerWithdrawsAndThePartnershipGoesOnWithTheOthers() throws Exception {
        HttpResponse<String> withdrawn = post(
                partnership + "/withdrawals",
                """
                {"partner": "%s", "reason": "Disagreed on focus", "noticeGivenOn": "2003-09-01"}"""
                        .formatted(police));
        assertCreated(withdrawn, partnership + "/partners/" + police);

        assertRefusedWithoutChange(() -> appoint("per", police, "STEERING_GROUP", "2003-09-02"), 409, "not-a-partner");
        assertThat(appoint("anne", ngo, "STEERING_GROUP", "2003-09-02").statusCode())
                .isEqualTo(201);
    }

    @Test
    void whenTheLastButOnePartnerLeavesThePartnershipIsDissolved() throws Exception {
        post(
                partnership + "/withdrawals",
                """
                {"partner": "%s", "reason": "Reorganised", "noticeGivenOn": "2003-09-01"}"""
                        .formatted(police));
        post(
                partnership + "/withdrawals",
                """
                {"partner": "%s", "reason": "Budget cuts", "noticeGivenOn": "2003-10-01"}"""
                        .formatted(municipality));

        assertRefusedWithoutChange(
                () -> appoint("anne", ngo, "STEERING_GROUP", "2003-10-02"), 409, "partnership-dissolved");
    }

    @Test
    void aCommandOnAnUnknownPartnershipIsNotFound() throws Exception {
        HttpResponse<String> unknown = post(
                "/api/partnerships/no-such-partnership/withdrawals",
                """
                {"partner": "%s", "reason": "r", "noticeGivenOn": "2003-09-01"}"""
                        .formatted(police));

        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> appoint(String person, String partner, String role) throws Exception {
        return appoint(person, partner, role, "2003-12-01");
    }

    private HttpResponse<String> appoint(String person, String partner, String role, String on) throws Exception {
        return post(
                partnership + "/representatives",
                """
                {"person": "%s", "partner": "%s", "role": "%s", "occurredOn": "%s"}"""
                        .formatted(person, partner, role, on));
    }

    private void assertCreated(HttpResponse<String> response, String location) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).hasValue(location);
    }

    interface Request {
        HttpResponse<String> send() throws Exception;
    }

    /** The refusal names the rule (or the field), and not one event was stored because of it. */
    private void assertRefusedWithoutChange(Request request, int status, String named) throws Exception {
        long before = database.getCollection("events").countDocuments();

        HttpResponse<String> refused = request.send();

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(status);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains(named);
        assertThat(database.getCollection("events").countDocuments()).isEqualTo(before);
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode eventually(String path) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        HttpResponse<String> response;
        do {
            response = http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return json.readTree(response.body());
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("Not readable within 30 s: " + path + " (" + response.statusCode() + ")");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
