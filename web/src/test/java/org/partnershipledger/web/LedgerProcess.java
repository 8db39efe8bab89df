package org.partnershipledger.web;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged ledger started as its own JVM, as a user starts it; always stopped by the test that started it. */
public final class LedgerProcess implements AutoCloseable {

    // Written by the ledger on its first start (FirstAdministrator), as an operator finds it.
    private static final String FIRST_ADMINISTRATOR = "admin";
    private static final String FIRST_ADMINISTRATOR_PASSWORD = "initial-administrator-password.txt";

    private final Process process;
    private final Path dataDirectory;
    private final int port;
    private final Path log;
    private final Path administratorPassword;

    private LedgerProcess(Process process, Path dataDirectory, int port, Path log, Path administratorPassword) {
        this.process = process;
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.log = log;
        this.administratorPassword = administratorPassword;
    }

    /** A ledger alone on the embedded store in {@code dataDirectory}. */
    public static LedgerProcess start(Path dataDirectory, String name) throws IOException {
        return start(dataDirectory, name, Map.of(), dataDirectory.resolve(FIRST_ADMINISTRATOR_PASSWORD));
    }

    /**
     * A ledger node with these environment variables besides {@code LEDGER_DATA_DIR} (e.g. {@code
     * LEDGER_MONGODB_URI} to share another node's store), whose first administrator's password is in that file
     * (written by the node that made the store).
     */
    public static LedgerProcess start(
            Path dataDirectory, String name, Map<String, String> environment, Path administratorPassword)
            throws IOException {
        String jar = System.getProperty("ledger.jar");
        if (jar == null || !Files.exists(Path.of(jar))) {
            throw new IllegalStateException("The packaged ledger is missing: run through `mvn verify`");
        }
        int port = freePort();
        Path log = Path.of("target", "ledger-" + name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Daxoniq.update-checker.disabled=true",
                "-Xmx512m"));
        String recording = System.getProperty("ledger.recording"); // a JFR file, to profile a benchmark run
        if (recording != null && !recording.isBlank()) {
            command.add("-XX:StartFlightRecording=settings=profile,filename="
                    + Path.of(recording).toAbsolutePath().toString().replace(".jfr", "-" + name + ".jfr"));
        }
        command.addAll(List.of("-jar", jar, "--server.port=" + port));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("LEDGER_DATA_DIR", dataDirectory.toString());
        builder.environment().remove("LEDGER_MONGODB_URI");
        builder.environment().remove("LEDGER_STORE_SERVE_ADDRESS");
        builder.environment().putAll(environment);
        return new LedgerProcess(builder.start(), dataDirectory, port, log, administratorPassword);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    int port() {
        return port;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Waits until the ledger answers its first administrator's request. */
    public LedgerProcess awaitReady(HttpClient http) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The ledger exited while starting:\n" + log());
            }
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(uri("/api/partnerships"))
                                .header("Authorization", basic(FIRST_ADMINISTRATOR, administratorPassword()))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet, or the password not written yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("The ledger did not start within two minutes:\n" + log());
    }

    /** The ledger signed in as the administrator it created on its first start. */
    LedgerHttp administrator() throws IOException {
        return new LedgerHttp(port).as(FIRST_ADMINISTRATOR, administratorPassword());
    }

    private String administratorPassword() throws IOException {
        return Files.readString(administratorPassword).strip();
    }

    /** The file the first administrator's password was written to, by the node that made the store. */
    Path administratorPasswordFile() {
        return administratorPassword;
    }

    private static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    Process process() {
        return process;
    }

    /** Whether the ledger's JVM is still running: a soak fails if it died under the load. */
    public boolean alive() {
        return process.isAlive();
    }

    /** The ledger JVM's process id, for the JDK's tools (jcmd). */
    public long pid() {
        return process.pid();
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    void kill9() throws InterruptedException {
        process.destroyForcibly(); // SIGKILL: no shutdown hook runs, nothing is flushed
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Asks the ledger to shut down as an operator would (SIGTERM); true if it ended in time. */
    boolean stop() throws InterruptedException {
        process.destroy();
        return process.waitFor(60, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive() && !stop()) {
            kill9();
        }
    }
}
