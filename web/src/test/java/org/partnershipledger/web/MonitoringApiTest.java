package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.web.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** What an operator sees over HTTP: the ledger's health and its Prometheus metrics, and nothing else. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
class MonitoringApiTest {

    private static final List<String> READ_MODELS =
            List.of("partnership-summary", "decision-trail", "conflict-history", "programme-summary", "persons");

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    private LedgerHttp http;
    private LedgerHttp administrator;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws Exception {
        String directory = Files.createTempDirectory("ledger-monitoring").toString();
        registry.add("ledger.data-dir", () -> directory);
        registry.add("ledger.mongodb.uri", () -> "");
    }

    @BeforeEach
    void connect() {
        TestUsers test = new TestUsers(users, port);
        http = test.facilitator();
        administrator = test.administrator();
    }

    @Test
    void theLedgerIsHealthyWhenItsStoreAnswersAndTellsAnonymousCallersNoMore() throws Exception {
        HttpResponse<String> health = new LedgerHttp(port).get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode answer = http.read(health.body());
        assertThat(answer.path("status").asText()).isEqualTo("UP");
        assertThat(answer.has("components")).isFalse();
        assertThat(answer.has("details")).isFalse();
    }

    @Test
    void eachCommandIsCountedOnceAsHandledOrAsRejectedByTheRuleItBroke() throws Exception {
        String before = prometheus();

        String partnership = form();
        JsonNode partners = http.eventually(partnership).path("partners");
        assertThat(appoint(partnership, "anne", partners.get(0)).statusCode()).isEqualTo(201);
        assertThat(appoint(partnership, "anne", partners.get(1)).statusCode()).isEqualTo(409);

        String after = prometheus();
        String handled = "ledger_commands_handled_total";
        assertThat(increase(before, after, handled, "command=\"FormPartnership\""))
                .isEqualTo(1);
        assertThat(increase(before, after, handled, "command=\"AppointRepresentative\""))
                .isEqualTo(1);
        assertThat(increase(
                        before,
                        after,
                        "ledger_commands_rejected_total",
                        "command=\"AppointRepresentative\"",
                        "reason=\"represents-another-partner\""))
                .isEqualTo(1);
    }

    @Test
    void everyReadModelReportsHowFarBehindItIsAndCatchesUp() throws Exception {
        form();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String scrape = prometheus();
        while (!READ_MODELS.stream().allMatch(caughtUpIn(scrape)) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            scrape = prometheus();
        }

        for (String readModel : READ_MODELS) {
            assertThat(sample(scrape, "ledger_processor_lag", "processor=\"" + readModel + "\""))
                    .as(readModel)
                    .hasValue(0);
        }
    }

    @Test
    void noOtherActuatorEndpointIsExposed() throws Exception {
        for (String endpoint : List.of("env", "beans", "configprops", "metrics", "loggers", "heapdump", "info")) {
            assertThat(operations("/actuator/" + endpoint).statusCode())
                    .as(endpoint)
                    .isEqualTo(404);
        }
    }

    @Test
    void noIndexListsTheActuatorEndpoints() throws Exception {
        for (String index : List.of("/actuator", "/actuator/")) {
            HttpResponse<String> answer = operations(index);
            assertThat(answer.statusCode()).as(index).isEqualTo(404);
            assertThat(answer.body()).as(index).doesNotContain("_links").doesNotContain("prometheus");
        }
    }

    /** Health is public; everything else an administrator reads. */
    private HttpResponse<String> operations(String path) throws Exception {
        return administrator.get(path);
    }

    private String prometheus() throws Exception {
        HttpResponse<String> scrape = operations("/actuator/prometheus");
        assertThat(scrape.statusCode()).isEqualTo(200);
        return scrape.body();
    }

    private Predicate<String> caughtUpIn(String scrape) {
        return readModel -> sample(scrape, "ledger_processor_lag", "processor=\"" + readModel + "\"")
                .equals(OptionalDouble.of(0));
    }

    private static double increase(String before, String after, String metric, String... labels) {
        return sample(after, metric, labels).orElse(0)
                - sample(before, metric, labels).orElse(0);
    }

    /** The value of the metric's one sample whose labels include all those given, if it is there. */
    private static OptionalDouble sample(String scrape, String metric, String... labels) {
        return scrape.lines()
                .filter(line -> line.startsWith(metric + "{"))
                .filter(line -> Stream.of(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst();
    }

    private String form() throws Exception {
        HttpResponse<String> formed = http.post(
                "/api/partnerships",
                """
                {"name": "Vold mod kvinder", "purpose": "Help women subjected to violence", "occurredOn": "2003-08-15",
                 "partners": [{"name": "Mødrehjælpen", "sector": "VOLUNTARY"},
                              {"name": "Frederiksberg Kommune", "sector": "PUBLIC"}]}""");
        assertThat(formed.statusCode()).isEqualTo(201);
        return formed.headers().firstValue("Location").orElseThrow();
    }

    private HttpResponse<String> appoint(String partnership, String person, JsonNode partner) throws Exception {
        return http.post(
                partnership + "/representatives",
                """
                {"person": "%s", "partner": "%s", "role": "STEERING_GROUP", "occurredOn": "2003-12-01"}"""
                        .formatted(person, partner.path("id").asText()));
    }
}
