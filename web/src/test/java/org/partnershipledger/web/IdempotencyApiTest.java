package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
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

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

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
        HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/partnerships"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "too-large")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new java.io.ByteArrayInputStream(("{\"name\": \"" + "x".repeat(1_200_000) + "\"}").getBytes())))
                .build();

        HttpResponse<String> refused = http.send(chunked, HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(413);
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
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/partnerships"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long storedEvents() {
        return database.getCollection("events").countDocuments();
    }
}
