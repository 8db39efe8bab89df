package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An equal-partnership programme over real HTTP: a matched pair lives on as a partnership of its own. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProgrammeApiTest {

    @LocalServerPort
    int port;

    private LedgerHttp http;

    @BeforeEach
    void connect() {
        http = new LedgerHttp(port);
    }

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws Exception {
        String directory = Files.createTempDirectory("ledger-programme").toString();
        registry.add("ledger.data-dir", () -> directory);
        registry.add("ledger.mongodb.uri", () -> "");
    }

    @Test
    void aMatchedPairBecomesAPartnershipWhereTheTwoMeetAndKeepDiaries() throws Exception {
        LocalDate start = LocalDate.now(ZoneOffset.UTC).minusWeeks(4);
        HttpResponse<String> started = http.post(
                "/api/programmes",
                """
                {"name": "Spring programme", "facilitator": "facilitator", "startsOn": "%s", "endsOn": "%s"}"""
                        .formatted(start, start.plusMonths(2).plusWeeks(2)));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String programme = started.headers().firstValue("Location").orElseThrow();

        HttpResponse<String> matched = http.post(
                programme + "/pairs",
                """
                {"experienceExpert": "expert", "strategicLeader": "leader", "occurredOn": "%s"}"""
                        .formatted(start.plusDays(3)));
        assertThat(matched.statusCode()).as(matched.body()).isEqualTo(201);
        String pair = matched.headers().firstValue("Location").orElseThrow();

        JsonNode partnership = http.eventually(pair);
        assertThat(partnership.path("partners").findValuesAsText("name"))
                .containsExactly("Experience expert", "Strategic leader");
        HttpResponse<String> diary = http.post(
                pair + "/diary",
                """
                {"author": "expert", "writtenOn": "%s", "text": "We met at the library"}"""
                        .formatted(start.plusDays(10)));
        assertThat(diary.statusCode()).as(diary.body()).isEqualTo(201);
    }
}
