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
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The first slice over real HTTP against the running application on its embedded store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PartnershipApiTest {

    private static final String VIOLENCE_AGAINST_WOMEN =
            """
            {"name": "Vold mod kvinder", "purpose": "Help women subjected to violence", "occurredOn": "2003-08-15",
             "partners": [{"name": "Mødrehjælpen", "sector": "VOLUNTARY"},
                          {"name": "Frederiksberg Kommune", "sector": "PUBLIC"}]}""";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws Exception {
        Path directory = Files.createTempDirectory("ledger-api");
        registry.add("ledger.data-dir", directory::toString);
        registry.add("ledger.mongodb.uri", () -> "");
    }

    @Test
    void aFormedPartnershipCanBeReadBackAndIsListed() throws Exception {
        HttpResponse<String> created = post(VIOLENCE_AGAINST_WOMEN);

        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/api/partnerships/");

        JsonNode partnership = eventually(location);
        assertThat(partnership.path("name").asText()).isEqualTo("Vold mod kvinder");
        assertThat(partnership.path("formedOn").asText()).isEqualTo("2003-08-15");
        assertThat(partnership.path("partners")).hasSize(2);
        assertThat(partnership.path("partners").get(0).path("name").asText()).isEqualTo("Mødrehjælpen");
        assertThat(partnership.path("partners").get(0).path("sector").asText()).isEqualTo("VOLUNTARY");

        JsonNode list = json.readTree(get("/api/partnerships").body());
        assertThat(list.findValuesAsText("id")).contains(partnership.path("id").asText());
    }

    @Test
    void aBlankNameIsRefusedWithAProblemNamingTheFieldAndNothingIsStored() throws Exception {
        long before = storedEvents();

        HttpResponse<String> refused = post(VIOLENCE_AGAINST_WOMEN.replace("\"Vold mod kvinder\"", "\"  \""));

        assertProblem(refused, "name");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aPartnershipOfOnePartnerIsRefusedAndNothingIsStored() throws Exception {
        long before = storedEvents();

        HttpResponse<String> refused = post(
                """
                {"name": "Alone", "purpose": "p", "occurredOn": "2003-08-15",
                 "partners": [{"name": "Mødrehjælpen", "sector": "VOLUNTARY"}]}""");

        assertProblem(refused, "partners");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsRefusedAndNothingIsStored() throws Exception {
        long before = storedEvents();

        HttpResponse<String> refused = post("{\"name\": \"Vold mod kvinder\", ");

        assertProblem(refused, "Malformed JSON");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anUnknownPartnershipIsAProblemNotFound() throws Exception {
        HttpResponse<String> missing = get("/api/partnerships/no-such-partnership");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private void assertProblem(HttpResponse<String> response, String named) throws Exception {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("detail").asText()).contains(named);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    private long storedEvents() {
        return database.getCollection("events").countDocuments();
    }

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri("/api/partnerships"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The summary is projected asynchronously from the stored event. */
    private JsonNode eventually(String path) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        HttpResponse<String> response = get(path);
        while (response.statusCode() == 404 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            response = get(path);
        }
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
