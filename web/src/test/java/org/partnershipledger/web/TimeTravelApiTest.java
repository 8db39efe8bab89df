package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.web.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What happened (domain dates) apart from when it was written down (record time), on a history entered
 * afterwards and out of domain order: the police's withdrawal of October 2003 (notice given by their
 * signatory, appointed first) was recorded before the municipality's secretary of September 2003 was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TimeTravelApiTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    private LedgerHttp facilitator;
    private String partnership;
    private String police;
    private Instant afterTheWithdrawalWasRecorded;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws Exception {
        String directory = Files.createTempDirectory("ledger-time-travel").toString();
        registry.add("ledger.data-dir", () -> directory);
        registry.add("ledger.mongodb.uri", () -> "");
    }

    @BeforeEach
    void recordAHistoryOutOfDomainOrder() throws Exception {
        TestUsers people = new TestUsers(users, port);
        facilitator = people.facilitator();
        HttpResponse<String> formed = facilitator.post(
                "/api/partnerships",
                """
                {"name": "Vold mod kvinder", "purpose": "Help", "occurredOn": "2003-08-15",
                 "partners": [{"name": "Mødrehjælpen", "sector": "VOLUNTARY"},
                              {"name": "Frederiksberg Kommune", "sector": "PUBLIC"},
                              {"name": "Frederiksberg Politi", "sector": "PUBLIC"}]}""");
        partnership = formed.headers().firstValue("Location").orElseThrow();
        JsonNode partners = facilitator.eventually(partnership).path("partners");
        police = partners.get(2).path("id").asText();
        String municipality = partners.get(1).path("id").asText();

        assertThat(facilitator
                        .post(
                                partnership + "/representatives",
                                """
                        {"person": "per", "partner": "%s", "role": "SIGNATORY", "occurredOn": "2003-08-20"}"""
                                        .formatted(police))
                        .statusCode())
                .isEqualTo(201);
        assertThat(people.person("per")
                        .post(
                                partnership + "/withdrawals",
                                """
                        {"partner": "%s", "reason": "Reorganised", "occurredOn": "2003-10-01"}"""
                                        .formatted(police))
                        .statusCode())
                .isEqualTo(201);
        Thread.sleep(20); // record times are kept to the millisecond
        afterTheWithdrawalWasRecorded = Instant.now();
        Thread.sleep(20);
        assertThat(facilitator
                        .post(
                                partnership + "/representatives",
                                """
                        {"person": "mette", "partner": "%s", "role": "SECRETARY", "occurredOn": "2003-09-01"}"""
                                        .formatted(municipality))
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void asOfADateBeforeTheWithdrawalThePoliceWereStillAPartner() throws Exception {
        JsonNode before = read(partnership + "?asOf=2003-09-15");
        JsonNode after = read(partnership + "?asOf=2003-10-15");

        assertThat(before.path("partners").findValuesAsText("id")).contains(police);
        assertThat(after.path("partners").findValuesAsText("id"))
                .doesNotContain(police)
                .hasSize(2);
    }

    @Test
    void knownAtATimeOnlyWhatHadBeenRecordedByThenCounts() throws Exception {
        JsonNode known = read(partnership + "/events?knownAt=" + afterTheWithdrawalWasRecorded);
        JsonNode everything = read(partnership + "/events");

        assertThat(known.path("events").findValuesAsText("type"))
                .containsExactly("PartnershipFormed", "RepresentativeAppointed", "PartnerWithdrew");
        assertThat(everything.path("events").findValuesAsText("type"))
                .containsExactly(
                        "PartnershipFormed", "RepresentativeAppointed", "PartnerWithdrew", "RepresentativeAppointed");
    }

    @Test
    void whatHappenedBySeptemberIsToldDifferentlyBeforeAndAfterTheLateEntry() throws Exception {
        JsonNode thenKnown = read(partnership + "/events?asOf=2003-09-30&knownAt=" + afterTheWithdrawalWasRecorded);
        JsonNode nowKnown = read(partnership + "/events?asOf=2003-09-30");

        assertThat(thenKnown.path("events").findValuesAsText("type"))
                .containsExactly("PartnershipFormed", "RepresentativeAppointed");
        assertThat(thenKnown.path("events").findValuesAsText("person")).containsExactly("per");
        assertThat(nowKnown.path("events").findValuesAsText("type"))
                .containsExactly("PartnershipFormed", "RepresentativeAppointed", "RepresentativeAppointed");
        assertThat(nowKnown.path("events").findValuesAsText("person")).containsExactly("per", "mette");
    }

    @Test
    void theEventsArePagedInTheOrderTheyWereRecorded() throws Exception {
        JsonNode first = read(partnership + "/events?limit=3");
        JsonNode second =
                read(partnership + "/events?from=" + first.path("next").asInt() + "&limit=3");

        assertThat(first.path("total").asInt()).isEqualTo(4);
        assertThat(first.path("events").findValuesAsText("type"))
                .containsExactly("PartnershipFormed", "RepresentativeAppointed", "PartnerWithdrew");
        assertThat(first.path("events").get(2).path("occurredOn").asText()).isEqualTo("2003-10-01");
        assertThat(second.path("events").findValuesAsText("type")).containsExactly("RepresentativeAppointed");
        assertThat(second.path("next").isNull()).isTrue();
    }

    @Test
    void aDateThatIsNoDateIsABadRequest() throws Exception {
        assertThat(facilitator.get(partnership + "?asOf=yesterday").statusCode())
                .isEqualTo(400);
    }

    private JsonNode read(String path) throws Exception {
        HttpResponse<String> response = facilitator.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return facilitator.read(response.body());
    }
}
