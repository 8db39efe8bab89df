package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.web.security.Capacity;
import org.partnershipledger.web.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An equal-partnership programme over real HTTP: a matched pair lives on as a partnership of its own. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProgrammeApiTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    private TestUsers people;

    @BeforeEach
    void connect() {
        people = new TestUsers(users, port);
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
        LedgerHttp facilitator = people.user(new PersonId("facilitator"), Capacity.FACILITATOR);
        HttpResponse<String> started = facilitator.post(
                "/api/programmes",
                """
                {"name": "Spring programme", "facilitator": "facilitator", "startsOn": "%s", "endsOn": "%s"}"""
                        .formatted(start, start.plusMonths(2).plusWeeks(2)));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String programme = started.headers().firstValue("Location").orElseThrow();

        HttpResponse<String> matched = facilitator.post(
                programme + "/pairs",
                """
                {"experienceExpert": "expert", "strategicLeader": "leader", "occurredOn": "%s"}"""
                        .formatted(start.plusDays(3)));
        assertThat(matched.statusCode()).as(matched.body()).isEqualTo(201);
        String pair = matched.headers().firstValue("Location").orElseThrow();

        JsonNode partnership = facilitator.eventually(pair);
        assertThat(partnership.path("partners").findValuesAsText("name"))
                .containsExactly("Erfaringsekspert", "Strategisk leder");
        // The pair's partnership is formed and its two persons appointed a moment after the match.
        facilitator.eventually(
                pair + "/events", history -> history.path("total").asInt() >= 3);
        HttpResponse<String> diary = people.person("expert")
                .post(
                        pair + "/diary",
                        """
                {"author": "expert", "occurredOn": "%s", "text": "We met at the library"}"""
                                .formatted(start.plusDays(10)));
        assertThat(diary.statusCode()).as(diary.body()).isEqualTo(201);
    }
}
