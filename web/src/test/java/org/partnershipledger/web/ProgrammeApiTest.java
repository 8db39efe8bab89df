package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An equal-partnership programme over real HTTP: a matched pair lives on as a partnership of its own. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProgrammeApiTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws Exception {
        String directory = Files.createTempDirectory("ledger-programme").toString();
        registry.add("ledger.data-dir", () -> directory);
        registry.add("ledger.mongodb.uri", () -> "");
    }

    @Test
    void aMatchedPairBecomesAPartnershipWhereTheTwoMeetAndKeepDiaries() throws Exception {
        LocalDate start = LocalDate.now(ZoneOffset.UTC).minusWeeks(4);
        HttpResponse<String> started = post(
                "/api/programmes",
                """
                {"name": "Spring programme", "facilitator": "facilitator", "startsOn": "%s", "endsOn": "%s"}"""
                        .formatted(start, start.plusMonths(2).plusWeeks(2)));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String programme = started.headers().firstValue("Location").orElseThrow();

        HttpResponse<String> matched = post(
                programme + "/pairs",
                """
                {"experienceExpert": "expert", "strategicLeader": "leader", "occurredOn": "%s"}"""
                        .formatted(start.plusDays(3)));
        assertThat(matched.statusCode()).as(matched.body()).isEqualTo(201);
        String pair = matched.headers().firstValue("Location").orElseThrow();

        JsonNode partnership = eventually(pair);
        assertThat(partnership.path("partners").findValuesAsText("name"))
                .containsExactly("Experience expert", "Strategic leader");
        HttpResponse<String> diary = post(
                pair + "/diary",
                """
                {"author": "expert", "writtenOn": "%s", "text": "We met at the library"}"""
                        .formatted(start.plusDays(10)));
        assertThat(diary.statusCode()).as(diary.body()).isEqualTo(201);
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The pair's partnership is formed from the match, and its summary projected, asynchronously. */
    private JsonNode eventually(String path) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response =
                    http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return json.readTree(response.body());
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Not readable within 30 s: " + path);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
