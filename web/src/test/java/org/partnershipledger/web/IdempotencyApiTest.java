package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.web.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A client that retries after a lost answer must not record the same thing twice. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdempotencyApiTest {

    private static final String FORM =
            """
            {"name": "Vold mod kvinder", "purpose": "Help", "occurredOn": "2003-08-15",
             "partners": [{"name": "Mødrehjælpen", "sector": "VOLUNTARY"},
                          {"name": "Frederiksberg Kommune", "sector": "PUBLIC"}]}""";

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    UserAccounts users;

    private TestUsers people;
    private LedgerHttp facilitator;

    @BeforeEach
    void signIn() {
        people = new TestUsers(users, port);
        facilitator = people.facilitator();
    }

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws Exception {
        String directory = Files.createTempDirectory("ledger-idempotency").toString();
        registry.add("ledger.data-dir", () -> directory);
        registry.add("ledger.mongodb.uri", () -> "");
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndRecordsNothingNew() throws Exception {
        HttpResponse<String> first = form("retry-1", FORM);
        long recorded = storedEvents();

        HttpResponse<String> retry = form("retry-1", FORM);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Location"))
                .isEqualTo(first.headers().firstValue("Location"));
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(storedEvents()).isEqualTo(recorded);
    }

    @Test
    void theSameKeyForAnotherRequestIsRefused() throws Exception {
        form("reused", FORM);
        long recorded = storedEvents();

        HttpResponse<String> other = form("reused", FORM.replace("Vold mod kvinder", "Another partnership"));

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.body()).contains("Idempotency-Key");
        assertThat(storedEvents()).isEqualTo(recorded);
    }

    @Test
    void aRefusedRequestIsRefusedAgainOnRetry() throws Exception {
        String alone =
                FORM.replace(",\n              {\"name\": \"Frederiksberg Kommune\", \"sector\": \"PUBLIC\"}", "");
        long recorded = storedEvents();

        HttpResponse<String> first = form("refused", alone);
        HttpResponse<String> retry = form("refused", alone);

        assertThat(first.statusCode()).isEqualTo(400);
        assertThat(retry.statusCode()).isEqualTo(400);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(storedEvents()).isEqualTo(recorded);
    }

    @Test
    void aBodyTooLargeIsRefusedAlsoWhenItsLengthIsNotGivenAhead() throws Exception {
        long recorded = storedEvents();
        HttpRequest.Builder chunked = facilitator
                .request("/api/partnerships")
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "too-large")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        ("{\"name\": \"" + "x".repeat(1_200_000) + "\"}").getBytes())));

        HttpResponse<String> refused = facilitator.send(chunked);

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(storedEvents()).isEqualTo(recorded);
    }

    @Test
    void theSameKeyFromAnotherUserNeverGetsTheFirstUsersAnswer() throws Exception {
        HttpResponse<String> first = form("shared", FORM);
        String formed = facilitator.read(first.body()).path("id").asText();
        long recorded = storedEvents();

        HttpResponse<String> researchers = form(people.researcher(), "shared", FORM);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(researchers.statusCode()).isEqualTo(403);
        assertThat(researchers.headers().firstValue("Location")).isEmpty();
        assertThat(researchers.body()).doesNotContain(formed);
        assertThat(storedEvents()).isEqualTo(recorded);
    }

    @Test
    void withoutAKeyEveryRequestIsRecorded() throws Exception {
        long recorded = storedEvents();

        form(null, FORM);
        form(null, FORM);

        assertThat(storedEvents()).isEqualTo(recorded + 2);
    }

    private HttpResponse<String> form(String key, String body) throws Exception {
        return form(facilitator, key, body);
    }

    private HttpResponse<String> form(LedgerHttp as, String key, String body) throws Exception {
        HttpRequest.Builder request = as.request("/api/partnerships")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return as.send(request);
    }

    private long storedEvents() {
        return database.getCollection("events").countDocuments();
    }
}
