package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store under the worst a process can suffer, through the packaged application. A facilitator,
 * created by the first administrator through the API, forms the partnerships and reads them back.
 */
class CrashRecoveryIT {

    static final String FACILITATOR = "facilitator";
    static final String PASSWORD = "a password for the crash test";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dataDirectory;

    @Test
    void everyAcknowledgedPartnershipIsStillThereAfterKill9() throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        try (LedgerProcess ledger =
                LedgerProcess.start(dataDirectory, "before-kill").awaitReady(http)) {
            LedgerHttp facilitator = createFacilitator(ledger);
            AtomicBoolean killed = new AtomicBoolean();
            ExecutorService clients = Executors.newFixedThreadPool(4);
            List<Future<?>> sending = new ArrayList<>();
            for (int client = 0; client < 4; client++) {
                int number = client;
                sending.add(clients.submit(() -> formUntilKilled(facilitator, number, acknowledged, killed)));
            }
            Thread.sleep(4_000);
            // Every request checks the facilitator's password hash (bcrypt), which takes its time on a small
            // machine: the kill waits for enough acknowledged partnerships to tell anything.
            awaitAcknowledged(acknowledged, 40);
            ledger.kill9(); // while the clients are still being acknowledged
            killed.set(true);
            for (Future<?> client : sending) {
                client.get(60, TimeUnit.SECONDS);
            }
            clients.shutdown();
        }
        assertThat(acknowledged).as("partnerships acknowledged before the kill").hasSizeGreaterThan(20);
        assertThat(storeSocket()).as("left behind by the kill").exists();
        System.out.printf("kill -9 after %d acknowledged partnerships%n", acknowledged.size());

        try (LedgerProcess restarted =
                LedgerProcess.start(dataDirectory, "after-kill").awaitReady(http)) {
            LedgerHttp facilitator = restarted.administrator().as(FACILITATOR, PASSWORD);
            assertThat(facilitator.get("/api/me").statusCode())
                    .as("the facilitator created before the kill signs in after it")
                    .isEqualTo(200);
            for (String location : acknowledged) {
                assertThat(eventuallyFound(facilitator, location))
                        .as("acknowledged %s after restart", location)
                        .isTrue();
            }
            assertThat(restarted.log()).doesNotContain(" ERROR ");
            assertThat(restarted.log())
                    .containsOnlyOnce("Using the embedded MongoDB store in " + dataDirectory)
                    .contains("To use a real MongoDB instead, set LEDGER_MONGODB_URI");
            assertThat(restarted.stop()).as("stopped cleanly").isTrue();
            assertThat(restarted.log()).contains("Embedded MongoDB store closed");
            assertThat(storeSocket()).as("removed on a clean stop").doesNotExist();
        }
    }

    private static void awaitAcknowledged(Set<String> acknowledged, int enough) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acknowledged.size() < enough && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    /** As an operator does on a new ledger: the first administrator creates the facilitator's user. */
    static LedgerHttp createFacilitator(LedgerProcess ledger) throws Exception {
        LedgerHttp administrator = ledger.administrator();
        HttpResponse<String> created = administrator.post(
                "/api/admin/users",
                """
                {"username": "%s", "password": "%s", "person": "facilitator-1", "capacities": ["FACILITATOR"]}"""
                        .formatted(FACILITATOR, PASSWORD));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return administrator.as(FACILITATOR, PASSWORD);
    }

    private Void formUntilKilled(LedgerHttp facilitator, int client, Set<String> acknowledged, AtomicBoolean killed)
            throws Exception {
        for (int i = 0; !killed.get(); i++) {
            String body =
                    """
                    {"name": "Crash test %d-%d", "purpose": "Prove durability", "occurredOn": "2003-08-15",
                     "partners": [{"name": "Mødrehjælpen", "sector": "VOLUNTARY"},
                                  {"name": "Frederiksberg Kommune", "sector": "PUBLIC"}]}"""
                            .formatted(client, i);
            try {
                HttpResponse<String> response = facilitator.send(facilitator
                        .request("/api/partnerships")
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
                if (response.statusCode() == 201) {
                    String location = response.headers().firstValue("Location").orElseThrow();
                    acknowledged.add(java.net.URI.create(location).getPath());
                }
            } catch (IOException | InterruptedException connectionLost) {
                return null; // the ledger was killed under this request: it was never acknowledged
            }
        }
        return null;
    }

    private boolean eventuallyFound(LedgerHttp facilitator, String location) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (facilitator.get(location).statusCode() == 200) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /**
     * By default the embedded store is reached on a socket only the ledger's user can open: the ledger
     * listens on no port but its HTTP port, so no client elsewhere can connect to its store.
     */
    @Test
    void theLedgerListensOnItsHttpPortAloneAndItsStoreSocketIsItsOwnersAlone() throws Exception {
        assumeTrue(ListeningPorts.readable(), "Linux tells which ports a process listens on");
        try (LedgerProcess ledger =
                LedgerProcess.start(dataDirectory, "listening").awaitReady(http)) {
            assertThat(ListeningPorts.of(ledger.process().pid())).containsExactly(ledger.port());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(storeSocket())))
                    .isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(
                            Files.getPosixFilePermissions(storeSocket().getParent())))
                    .isEqualTo("rwx------");
        }
    }

    private Path storeSocket() {
        return dataDirectory.resolve("store").resolve("mongodb.sock");
    }

    @Test
    void aLedgerThatCannotStartLeavesNoJvmRunning() throws Exception {
        try (LedgerProcess first =
                        LedgerProcess.start(dataDirectory, "holding-data").awaitReady(http);
                LedgerProcess second = LedgerProcess.start(dataDirectory, "refused")) {
            boolean exited = second.process().waitFor(120, TimeUnit.SECONDS);

            assertThat(exited).as("the refused ledger exited by itself").isTrue();
            assertThat(second.process().exitValue()).isNotZero();
            assertThat(second.log())
                    .contains("is another ledger running on it?")
                    .contains("LEDGER_DATA_DIR");
            assertThat(first.process().isAlive()).isTrue();
        }
    }
}
