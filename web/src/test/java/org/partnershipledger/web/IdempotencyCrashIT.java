package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that send every command with an {@code Idempotency-Key} and retry it until answered, through a
 * {@code kill -9} of the packaged ledger: every act is recorded once, and a retry of a request answered before
 * the kill gets the same answer.
 */
class IdempotencyCrashIT {

    private static final int CLIENTS = 4;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dataDirectory;

    /** One request as a client sent it, and the answer it got before the kill, if any. */
    record Sent(String key, String name, Integer status, String location) {}

    @Test
    void aRetryAfterKill9RecordsNothingTwiceAndGetsTheFirstAnswer() throws Exception {
        Queue<Sent> sent = new ConcurrentLinkedQueue<>();
        try (LedgerProcess ledger =
                LedgerProcess.start(dataDirectory, "idempotency-before-kill").awaitReady(http)) {
            LedgerHttp facilitator = CrashRecoveryIT.createFacilitator(ledger);
            AtomicBoolean killed = new AtomicBoolean();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> sending = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                int number = client;
                sending.add(clients.submit(() -> formUntilKilled(facilitator, number, sent, killed)));
            }
            awaitAnswered(sent, 40);
            ledger.kill9(); // while requests are being answered
            killed.set(true);
            for (Future<?> client : sending) {
                client.get(60, TimeUnit.SECONDS);
            }
            clients.shutdown();
        }
        long answered =
                sent.stream().filter(request -> request.status() != null).count();
        assertThat(answered).as("requests answered before the kill").isGreaterThan(20);
        System.out.printf("kill -9 after %d requests, %d of them answered; every one retried%n", sent.size(), answered);

        try (LedgerProcess restarted =
                LedgerProcess.start(dataDirectory, "idempotency-after-kill").awaitReady(http)) {
            LedgerHttp facilitator =
                    restarted.administrator().as(CrashRecoveryIT.FACILITATOR, CrashRecoveryIT.PASSWORD);
            Map<String, String> locations = new HashMap<>();
            for (Sent request : sent) {
                HttpResponse<String> retry = retry(facilitator, request);
                assertThat(retry.statusCode())
                        .as("retry of %s: %s", request.key(), retry.body())
                        .isEqualTo(201);
                String location = retry.headers().firstValue("Location").orElseThrow();
                if (request.status() != null) {
                    assertThat(retry.statusCode())
                            .as("status of %s", request.key())
                            .isEqualTo(request.status());
                    assertThat(location).as("Location of %s", request.key()).isEqualTo(request.location());
                }
                locations.put(request.name(), location);
            }
            JsonNode partnerships = facilitator.eventually(
                    "/api/partnerships", list -> formed(list).size() >= sent.size());
            Map<String, Integer> formedByName = formed(partnerships);
            for (Sent request : sent) {
                assertThat(formedByName.get(request.name()))
                        .as("partnerships named %s", request.name())
                        .isEqualTo(1);
            }
            assertThat(formedByName)
                    .as("nothing formed that no client asked for")
                    .hasSize(sent.size());
            assertThat(restarted.log()).doesNotContain(" ERROR ");
        }
    }

    /** How many partnerships of this test the list shows under each name. */
    private static Map<String, Integer> formed(JsonNode partnerships) {
        Map<String, Integer> byName = new HashMap<>();
        for (JsonNode partnership : partnerships) {
            String name = partnership.path("name").asText();
            if (name.startsWith("Idempotent ")) {
                byName.merge(name, 1, Integer::sum);
            }
        }
        return byName;
    }

    private static void awaitAnswered(Queue<Sent> sent, int enough) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (sent.stream().filter(request -> request.status() != null).count() < enough
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private Void formUntilKilled(LedgerHttp facilitator, int client, Queue<Sent> sent, AtomicBoolean killed) {
        for (int i = 0; !killed.get(); i++) {
            String key = "form-" + client + "-" + i;
            String name = "Idempotent " + client + "-" + i;
            try {
                HttpResponse<String> response = facilitator.send(form(facilitator, key, name));
                sent.add(new Sent(
                        key,
                        name,
                        response.statusCode(),
                        response.headers().firstValue("Location").orElse(null)));
            } catch (Exception connectionLost) {
                sent.add(new Sent(key, name, null, null)); // the ledger was killed under this request
                return null;
            }
        }
        return null;
    }

    /** As a client does after a lost connection: the same request with the same key, until it is answered. */
    private static HttpResponse<String> retry(LedgerHttp facilitator, Sent request) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try {
                HttpResponse<String> response = facilitator.send(form(facilitator, request.key(), request.name()));
                if (response.statusCode() != 409 || System.nanoTime() > deadline) {
                    return response;
                }
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
            }
            Thread.sleep(200);
        }
    }

    private static HttpRequest.Builder form(LedgerHttp facilitator, String key, String name) {
        return facilitator
                .request("/api/partnerships")
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(
                        """
                        {"name": "%s", "purpose": "Prove exactly once", "occurredOn": "2003-08-15",
                         "partners": [{"name": "Mødrehjælpen", "sector": "VOLUNTARY"},
                                      {"name": "Frederiksberg Kommune", "sector": "PUBLIC"}]}"""
                                .formatted(name)));
    }
}
