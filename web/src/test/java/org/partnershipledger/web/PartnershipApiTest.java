package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.web.security.UserAccounts;
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

    @LocalServerPort
    int port;

    private LedgerHttp http;

    @Autowired
    UserAccounts users;

    @BeforeEach
    void connect() {
        http = new TestUsers(users, port).facilitator();
    }

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
        HttpResponse<String> created = form(VIOLENCE_AGAINST_WOMEN);

        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/api/partnerships/");

        JsonNode partnership = http.eventually(location);
        assertThat(partnership.path("name").asText()).isEqualTo("Vold mod kvinder");
        assertThat(partnership.path("formedOn").asText()).isEqualTo("2003-08-15");
        assertThat(partnership.path("partners")).hasSize(2);
        assertThat(partnership.path("partners").get(0).path("name").asText()).isEqualTo("Mødrehjælpen");
        assertThat(partnership.path("partners").get(0).path("sector").asText()).isEqualTo("VOLUNTARY");

        JsonNode list = http.read(http.get("/api/partnerships").body());
        assertThat(list.findValuesAsText("id")).contains(partnership.path("id").asText());
    }

    @Test
    void aBlankNameIsRefusedWithAProblemNamingTheFieldAndNothingIsStored() throws Exception {
        long before = storedEvents();

        HttpResponse<String> refused = form(VIOLENCE_AGAINST_WOMEN.replace("\"Vold mod kvinder\"", "\"  \""));

        assertProblem(refused, "name");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aPartnershipOfOnePartnerIsRefusedAndNothingIsStored() throws Exception {
        long before = storedEvents();

        HttpResponse<String> refused = form(
                """
                {"name": "Alone", "purpose": "p", "occurredOn": "2003-08-15",
                 "partners": [{"name": "Mødrehjælpen", "sector": "VOLUNTARY"}]}""");

        assertProblem(refused, "partners");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsRefusedAndNothingIsStored() throws Exception {
        long before = storedEvents();

        HttpResponse<String> refused = form("{\"name\": \"Vold mod kvinder\", ");

        assertProblem(refused, "Malformed JSON");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anUnknownPartnershipIsAProblemNotFound() throws Exception {
        HttpResponse<String> missing = http.get("/api/partnerships/no-such-partnership");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private void assertProblem(HttpResponse<String> response, String named) throws Exception {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = http.read(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("detail").asText()).contains(named);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    private long storedEvents() {
        return database.getCollection("events").countDocuments();
    }

    private HttpResponse<String> form(String body) throws Exception {
        return http.post("/api/partnerships", body);
    }
}
