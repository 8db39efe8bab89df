package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What happened (domain dates) apart from when it was written down (record time), on a history entered
 * afterwards and out of domain order: the police's withdrawal of October 2003 was recorded before the
 * municipality's secretary of September 2003 was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TimeTravelApiTest {

    @LocalServerPort
    int port;

    private LedgerHttp http;
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
        http = new LedgerHttp(port);
        HttpResponse<String> formed = http.post(
                "/api/partnerships",
                """
                {"name": "Vold mod kvinder", "purpose": "Help", "occurredOn": "2003-08-15",
                 "partners": [{"name": "Mødrehjælpen", "sector": "VOLUNTARY"},
                              {"name": "Frederiksberg Kommune", "sector": "PUBLIC"},
                              {"name": "Frederiksberg Politi", "sector": "PUBLIC"}]}""");
        partnership = formed.headers().firstValue("Location").orElseThrow();
        JsonNode partners = http.eventually(partnership).path("partners");
        police = partners.get(2).path("id").asText();
        String municipality = partners.get(1).path("id").asText();

        assertThat(http.post(
                                partnership + "/withdrawals",
                                """
                        {"partner": "%s", "reason": "Reorganised", "noticeGivenOn": "2003-10-01"}"""
                                        .formatted(police))
                        .statusCode())
                .isEqualTo(201);
        Thread.sleep(20); // record times are kept to the millisecond
        afterTheWithdrawalWasRecorded = Instant.now();
        Thread.sleep(20);
        assertThat(http.post(
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
                .containsExactly("PartnershipFormed", "PartnerWithdrew");
        assertThat(everything.path("events").findValuesAsText("type"))
                .containsExactly("PartnershipFormed", "PartnerWithdrew", "RepresentativeAppointed");
    }

    @Test
    void whatHappenedBySeptemberIsToldDifferentlyBeforeAndAfterTheLateEntry() throws Exception {
        JsonNode thenKnown = read(partnership + "/events?asOf=2003-09-30&knownAt=" + afterTheWithdrawalWasRecorded);
        JsonNode nowKnown = read(partnership + "/events?asOf=2003-09-30");

        assertThat(thenKnown.path("events").findValuesAsText("type")).containsExactly("PartnershipFormed");
        assertThat(nowKnown.path("events").findValuesAsText("type"))
                .containsExactly("PartnershipFormed", "RepresentativeAppointed");
    }

    @Test
    void theEventsArePagedInTheOrderTheyWereRecorded() throws Exception {
        JsonNode first = read(partnership + "/events?limit=2");
        JsonNode second =
                read(partnership + "/events?from=" + first.path("next").asInt() + "&limit=2");

        assertThat(first.path("total").asInt()).isEqualTo(3);
        assertThat(first.path("events").findValuesAsText("type"))
                .containsExactly("PartnershipFormed", "PartnerWithdrew");
        assertThat(first.path("events").get(1).path("occurredOn").asText()).isEqualTo("2003-10-01");
        assertThat(second.path("events").findValuesAsText("type")).containsExactly("RepresentativeAppointed");
        assertThat(second.path("next").isNull()).isTrue();
    }

    @Test
    void aDateThatIsNoDateIsABadRequest() throws Exception {
        assertThat(http.get(partnership + "?asOf=yesterday").statusCode()).isEqualTo(400);
    }

    private JsonNode read(String path) throws Exception {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return http.read(response.body());
    }
}
