package org.partnershipledger.web.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.partnershipledger.web.LedgerProcess;
import org.partnershipledger.web.bench.BenchClient.Answer;
import org.partnershipledger.web.bench.HistoryWriter.Partnership;
import org.springframework.util.FileSystemUtils;

/**
 * The ledger under a steady load for a chosen time, to see what only time shows: a heap that keeps growing,
 * latency or projection lag that drift upwards, a data file that grows faster than the events stored in it.
 *
 * <p>The packaged ledger runs in its own JVM ({@code -Xmx512m}, embedded store), as the benchmarks start it. A
 * starting ledger of {@code soak.initial-events} events is written through the real commands, then {@code
 * soak.partnerships} partnerships live on at a steady {@code soak.rate} requests a second, each the next step
 * of its week as its people take it (meetings with stances, stances in writing, agreement versions and their
 * signatures, conflicts through mediation, phase observations, diary entries, representatives replaced), each
 * with an {@code Idempotency-Key} of its own as a retrying client sends it; meanwhile {@code soak.read-rate}
 * reads a second of every view of the partnerships, API and pages. Every {@code soak.window-seconds} it takes a
 * window's figures: command and read latency (counted from when the request was due, so a ledger that falls
 * behind shows it), failures, projection lag (a conflict raised until it shows in its read model), the heap
 * after a full collection, at most and committed, GC pauses and threads, from the ledger's own metrics and
 * {@code jcmd}; the events in the store, the bytes of its documents and the size of its file.
 *
 * <p>It runs only when {@code soak.minutes} is given: {@code mvn -B -q -pl core,query,web verify -Pbenchmark
 * -Dit.test=SoakIT -Dsoak.minutes=60}. The windows and the drift are printed and written into {@code
 * BENCHMARKS.md}; it fails if a request failed or the ledger died.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "soak.minutes", matches = "\\d+(\\.\\d+)?")
class SoakIT {

    private static final double MINUTES = Double.parseDouble(System.getProperty("soak.minutes", "0"));
    private static final double RATE = Double.parseDouble(System.getProperty("soak.rate", "20"));
    private static final double READ_RATE = Double.parseDouble(System.getProperty("soak.read-rate", "5"));
    private static final int WINDOW_SECONDS = Integer.getInteger("soak.window-seconds", 60);
    private static final long INITIAL_EVENTS = Long.getLong("soak.initial-events", 10_000);
    private static final int PARTNERSHIPS = Integer.getInteger("soak.partnerships", 100);
    private static final int CLIENTS = 4;
    private static final int WEEKS_PER_PARTNERSHIP = 10;
    private static final LocalDate FIRST_DAY = LocalDate.parse("1995-01-02");
    // The ledger's metrics are read this often within a window, for the most heap it used.
    private static final long SAMPLE_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final long LAG_DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final Pattern CONFLICT_RAISED = Pattern.compile("/conflicts/([^/]+)$");
    // The store's socket in the data directory (README, "Where the data lives"), and its file.
    private static final String SOCKET = "store/mongodb.sock";
    private static final String STORE_FILE = "ledger.mv.db";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theLedgerHoldsUnderASteadyLoad() throws Exception {
        long began = System.nanoTime();
        // Each partnership's week moves its dates on seven days; none may be in the future.
        double weeks = MINUTES * 60 * RATE / PARTNERSHIPS / HistoryWriter.REQUESTS_A_WEEK + 1;
        assertTrue(
                FIRST_DAY.plusDays((long) (weeks * 7) + 7).isBefore(LocalDate.now()),
                "The load would date its partnerships' acts in the future: give more -Dsoak.partnerships");
        String machine = FigureTable.machine();
        Path data = Files.createTempDirectory("ledger-soak");
        Path file = data.resolve(STORE_FILE);
        // The clients follow the ledger across its restart, to wherever it listens.
        AtomicReference<LedgerProcess> running = new AtomicReference<>();
        Function<String, URI> uris = path -> running.get().uri(path);
        Load load;
        long eventsAtEnd;
        long dataAtEnd;
        long fileAtEnd;
        long growing = System.nanoTime();
        try (LedgerProcess ledger = LedgerProcess.start(data, "soak-start").awaitReady(http)) {
            running.set(ledger);
            HistoryWriter writer = new HistoryWriter(uris, BenchClient.firstAdministrator(uris, data), true);
            writer.writeAtOnce(CLIENTS, INITIAL_EVENTS, WEEKS_PER_PARTNERSHIP, FIRST_DAY, (partnership, written) -> {});
            List<Partnership> living = begin(writer);
            // Restarted, as a ledger is now and then: the load meets cold caches and the file a stopping ledger
            // leaves (compacted for at most 10 s).
            ledger.close();
            long fileAtRest = Files.size(file);
            try (LedgerProcess restarted = LedgerProcess.start(data, "soak").awaitReady(http);
                    MongoClient store = MongoClients.create(connectionString(data.resolve(SOCKET)))) {
                running.set(restarted);
                MongoDatabase database = store.getDatabase("ledger");
                System.out.printf(
                        Locale.ROOT,
                        "soak: a starting ledger of %,d events (%s MB) in %.0f s; now %s min at %s commands/s%n",
                        events(database),
                        FigureTable.format(fileAtRest / 1e6),
                        (System.nanoTime() - growing) / 1e9,
                        plain(MINUTES),
                        plain(RATE));
                load = new Load(restarted, BenchClient.firstAdministrator(uris, data), writer, living, database, file);
                load.fileAtRest = fileAtRest;
                load.run();
                eventsAtEnd = events(database);
                dataAtEnd = data(database);
                fileAtEnd = Files.size(file);
            }
        }
        // A stopping ledger compacts its file for at most 10 s: the file an operator finds after a restart.
        long fileAfterStop = Files.size(file);
        FileSystemUtils.deleteRecursively(data);

        String report = report(
                load,
                new End(eventsAtEnd, dataAtEnd, fileAtEnd, fileAfterStop),
                machine,
                (System.nanoTime() - began) / 60e9);
        System.out.println(report);
        System.out.println(
                "written to " + FigureTable.writeSection("soak", report).toAbsolutePath());

        assertTrue(load.ledgerAlive, "The ledger died under the load: see web/target/ledger-soak.log");
        assertEquals(
                0,
                load.failures.size(),
                () -> load.failures.size() + " requests failed, e.g.:\n"
                        + String.join("\n", load.failures.subList(0, Math.min(10, load.failures.size()))));
    }

    /** The partnerships the load goes on with: formed and through their first week, by four clients at once. */
    private static List<Partnership> begin(HistoryWriter writer) throws Exception {
        List<Partnership> living = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> forming = new ArrayList<>();
            for (int i = 0; i < PARTNERSHIPS; i++) {
                String name = "Soak " + i;
                int offset = i % HistoryWriter.REQUESTS_A_WEEK;
                forming.add(clients.submit(() -> {
                    Partnership partnership = writer.form(name, FIRST_DAY);
                    partnership.liveAWeek(3);
                    // Out of step with each other, so the load mixes the week's requests all the time.
                    for (int request = 0; request < offset; request++) {
                        partnership.next();
                    }
                    living.add(partnership);
                    return null;
                }));
            }
            for (Future<?> partnership : forming) {
                partnership.get(1, TimeUnit.HOURS);
            }
        } finally {
            clients.shutdown();
        }
        return List.copyOf(living);
    }

    private static String connectionString(Path socket) {
        // The driver takes a host ending in .sock as a Unix domain socket's path, URL-encoded.
        return "mongodb://"
                + URLEncoder.encode(socket.toAbsolutePath().toString(), StandardCharsets.UTF_8)
                        .replace("+", "%20");
    }

    private static long events(MongoDatabase database) {
        return database.getCollection("events").estimatedDocumentCount();
    }

    /**
     * The bytes of the documents the store holds, every collection's (events, read models, keys...): what the
     * file would shrink to, were it compacted completely.
     */
    private static long data(MongoDatabase database) {
        return database.runCommand(new Document("dbStats", 1))
                .get("dataSize", Number.class)
                .longValue();
    }

    private record End(long events, long data, long file, long fileAfterStop) {}

    /** One window's figures: what the requests due in it met, and the ledger's state at its end. */
    private static final class Window {
        final List<Double> commands = Collections.synchronizedList(new ArrayList<>());
        final List<Double> reads = Collections.synchronizedList(new ArrayList<>());
        final List<Double> lags = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong failed = new AtomicLong();
        double heapUsedMost;
        double heapAfterFullGc;
        double heapCommitted;
        double gcPauseMillis;
        double threads;
        double behind;
        long events;
        long data;
        long file;
        long fileMost;
        String load;
    }

    /** The steady load and the windows it is measured in. */
    private static final class Load {

        private final LedgerProcess ledger;
        private final BenchClient administrator;
        private final BenchClient api;
        private final BenchClient pages;
        private final BenchClient anne;
        private final List<Partnership> living;
        private final MongoDatabase database;
        private final Path file;
        private final List<Window> windows = new ArrayList<>();
        private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
        private final AtomicLong commandsSent = new AtomicLong();
        private final AtomicLong readsSent = new AtomicLong();
        private long fileAtRest;
        private long startEvents;
        private long startData;
        private double startHeapAfterFullGc;
        private double seconds;
        private volatile boolean ledgerAlive = true;

        Load(
                LedgerProcess ledger,
                BenchClient administrator,
                HistoryWriter writer,
                List<Partnership> living,
                MongoDatabase database,
                Path file)
                throws Exception {
            this.ledger = ledger;
            this.administrator = administrator;
            this.api = writer.facilitator();
            this.pages = writer.pages();
            this.anne = writer.anne();
            this.living = living;
            this.database = database;
            this.file = file;
        }

        void run() throws Exception {
            long windowNanos = TimeUnit.SECONDS.toNanos(WINDOW_SECONDS);
            long duration = (long) (MINUTES * 60e9);
            int count = (int) Math.max(1, (duration + windowNanos - 1) / windowNanos);
            for (int i = 0; i < count; i++) {
                windows.add(new Window());
            }
            startEvents = events(database);
            startData = data(database);
            startHeapAfterFullGc = heapAfterFullGc();
            double pausesBefore = Scrape.of(administrator).sum("jvm_gc_pause_seconds_sum");

            ExecutorService senders = Executors.newFixedThreadPool(64);
            ExecutorService probes = Executors.newFixedThreadPool(4);
            List<Future<?>> sent = Collections.synchronizedList(new ArrayList<>());
            long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
            long end = start + duration;
            Thread pacer = new Thread(() -> pace(start, end, windowNanos, senders, probes, sent), "soak-pacer");
            pacer.start();
            try {
                for (int w = 0; w < count && ledgerAlive; w++) {
                    Window window = windows.get(w);
                    long windowEnd = Math.min(end, start + (w + 1) * windowNanos);
                    while (true) {
                        long wait = Math.min(SAMPLE_NANOS, windowEnd - System.nanoTime());
                        if (wait > 0) {
                            TimeUnit.NANOSECONDS.sleep(wait);
                        }
                        if (!ledger.alive()) {
                            ledgerAlive = false;
                            break;
                        }
                        window.heapUsedMost = Math.max(
                                window.heapUsedMost, Scrape.of(administrator).heapUsedMegabytes());
                        window.fileMost = Math.max(window.fileMost, Files.size(file));
                        if (System.nanoTime() >= windowEnd) {
                            break;
                        }
                    }
                    if (!ledgerAlive) {
                        break;
                    }
                    Scrape scrape = Scrape.of(administrator);
                    window.heapCommitted = scrape.sum("jvm_memory_committed_bytes", "area=\"heap\"") / 1e6;
                    window.threads = scrape.first("jvm_threads_live_threads");
                    window.behind = scrape.values("ledger_processor_lag").max().orElse(Double.NaN);
                    window.events = events(database);
                    window.data = data(database);
                    window.file = Files.size(file);
                    window.load = FigureTable.loadAverage().split(" ")[0];
                    window.heapAfterFullGc = heapAfterFullGc();
                    double pauses = Scrape.of(administrator).sum("jvm_gc_pause_seconds_sum");
                    window.gcPauseMillis = (pauses - pausesBefore) * 1e3;
                    pausesBefore = pauses;
                    System.out.printf(Locale.ROOT, "soak: window %d of %d: %s%n", w + 1, count, row(w, windows, this));
                }
                pacer.join();
                for (Future<?> request : new ArrayList<>(sent)) {
                    request.get(30, TimeUnit.MINUTES);
                }
                probes.shutdown();
                probes.awaitTermination(5, TimeUnit.MINUTES);
                seconds = (System.nanoTime() - start) / 1e9;
                ledgerAlive = ledgerAlive && ledger.alive();
            } finally {
                pacer.interrupt();
                senders.shutdownNow();
                probes.shutdownNow();
            }
        }

        /**
         * The heap the ledger uses just after a full collection, asked of its JVM as an operator would ({@code
         * jcmd PID GC.run}): what it keeps alive, garbage left out. The collection pauses the ledger once a
         * window; the pause is counted in that window's GC pauses.
         */
        private double heapAfterFullGc() throws Exception {
            Process jcmd = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "jcmd")
                                    .toString(),
                            String.valueOf(ledger.pid()),
                            "GC.run")
                    .redirectErrorStream(true)
                    .start();
            String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!jcmd.waitFor(2, TimeUnit.MINUTES) || jcmd.exitValue() != 0) {
                throw new IllegalStateException("jcmd GC.run failed: " + output);
            }
            return Scrape.of(administrator).heapUsedMegabytes();
        }

        /**
         * Sends the requests at their due times whatever the answers' pace: commands at {@code RATE}, each to the
         * next living partnership in turn, and reads at {@code READ_RATE}.
         */
        private void pace(
                long start,
                long end,
                long windowNanos,
                ExecutorService senders,
                ExecutorService probes,
                List<Future<?>> sent) {
            long commands = 0;
            long reads = 0;
            long nextCommand = start;
            long nextRead = READ_RATE > 0 ? start : Long.MAX_VALUE;
            try {
                while (ledgerAlive) {
                    long due = Math.min(nextCommand, nextRead);
                    if (due >= end) {
                        return;
                    }
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    Window window = windows.get((int) Math.min(windows.size() - 1, (due - start) / windowNanos));
                    if (due == nextCommand) {
                        Partnership partnership = living.get((int) (commands % living.size()));
                        sent.add(senders.submit(() -> command(partnership, due, window, probes)));
                        commands++;
                        nextCommand = start + (long) (commands * 1e9 / RATE);
                    } else {
                        long read = reads;
                        sent.add(senders.submit(() -> read(read, due, window)));
                        reads++;
                        nextRead = start + (long) (reads * 1e9 / READ_RATE);
                    }
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }

        private void command(Partnership partnership, long due, Window window, ExecutorService probes) {
            commandsSent.incrementAndGet();
            Answer answer = null;
            try {
                // One secretary per partnership: her next request waits for the answer to the last.
                synchronized (partnership) {
                    answer = partnership.next();
                }
            } catch (Exception failed) {
                failed(window, "command to " + partnership.path + ": " + failed.getMessage());
            }
            long answered = System.nanoTime();
            window.commands.add((answered - due) / 1e6);
            String location = answer == null ? null : answer.header("Location");
            Matcher raised = location == null ? null : CONFLICT_RAISED.matcher(location);
            if (raised != null && raised.find()) {
                String conflict = "/api/conflicts/" + raised.group(1);
                probes.submit(() -> probe(conflict, answered, window));
            }
        }

        /** Milliseconds from a conflict's raising being acknowledged to the conflict showing in its read model. */
        private void probe(String conflict, long acknowledged, Window window) {
            try {
                while (anne.get(conflict).status() != 200) {
                    if (System.nanoTime() - acknowledged > LAG_DEADLINE_NANOS) {
                        failed(window, conflict + " did not show in its read model within a minute");
                        return;
                    }
                    Thread.sleep(2);
                }
                window.lags.add((System.nanoTime() - acknowledged) / 1e6);
            } catch (Exception failed) {
                failed(window, "reading " + conflict + ": " + failed.getMessage());
            }
        }

        /**
         * The {@code n}th read: each view, API and pages, of each living partnership in turn, as its facilitator
         * (the last page of events is left out: where it begins changes with every request).
         */
        private void read(long n, long due, Window window) {
            readsSent.incrementAndGet();
            Partnership partnership = living.get((int) (n % living.size()));
            List<String> views = Views.of(FIRST_DAY, partnership.day()).stream()
                    .filter(view -> !view.contains("{end}"))
                    .toList();
            String view = views.get((int) ((n / living.size()) % views.size()));
            String path = Views.path(view, partnership, 0);
            try {
                (Views.isPage(view) ? pages : api).read(path);
            } catch (Exception failed) {
                failed(window, "GET " + path + ": " + failed.getMessage());
            }
            window.reads.add((System.nanoTime() - due) / 1e6);
        }

        private void failed(Window window, String what) {
            window.failed.incrementAndGet();
            failures.add(what);
        }
    }

    private static String report(Load load, End end, String machine, double minutes) {
        List<Window> measured =
                load.windows.stream().filter(window -> window.events > 0).toList();
        StringBuilder table = new StringBuilder();
        table.append("| window's end (min:s) | commands (failed) | command p50 / p99 / max (ms) | reads p50 / p99"
                + " (ms) | lag p50 / p99 / max (ms) | events behind at its end | heap after full GC / used at most /"
                + " committed (MB) | GC pauses (ms) | threads | events stored | store's data (MB) | data per stored"
                + " event (bytes) | data growth per 1,000 events (KB) | data file at its end / at most (MB) | file at"
                + " most per stored event (bytes) | machine's load average (1 min) |\n");
        table.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (int w = 0; w < measured.size(); w++) {
            table.append("| ").append(row(w, measured, load)).append(" |\n");
        }
        String drift = "";
        if (!measured.isEmpty()) {
            Window first = measured.get(0);
            Window last = measured.get(measured.size() - 1);
            List<String> rows = new ArrayList<>();
            rows.add(driftRow("heap after full GC (MB)", first.heapAfterFullGc, last.heapAfterFullGc));
            rows.add(driftRow("heap used at most (MB)", first.heapUsedMost, last.heapUsedMost));
            rows.add(driftRow("heap committed (MB)", first.heapCommitted, last.heapCommitted));
            rows.add(driftRow("command p50 (ms)", percentile(first.commands, 50), percentile(last.commands, 50)));
            rows.add(driftRow("command p99 (ms)", percentile(first.commands, 99), percentile(last.commands, 99)));
            rows.add(driftRow("command max (ms)", percentile(first.commands, 100), percentile(last.commands, 100)));
            rows.add(driftRow("read p99 (ms)", percentile(first.reads, 99), percentile(last.reads, 99)));
            rows.add(driftRow("projection lag p99 (ms)", percentile(first.lags, 99), percentile(last.lags, 99)));
            rows.add(driftRow("projection lag max (ms)", percentile(first.lags, 100), percentile(last.lags, 100)));
            Window beforeLast = measured.size() > 1 ? measured.get(measured.size() - 2) : null;
            rows.add(driftRow(
                    "store's data growth per 1,000 events (KB)",
                    perThousand(first.data - load.startData, first.events - load.startEvents) / 1e3,
                    beforeLast == null
                            ? Double.NaN
                            : perThousand(last.data - beforeLast.data, last.events - beforeLast.events) / 1e3));
            rows.add(driftRow(
                    "store's data per stored event (bytes)",
                    (double) first.data / first.events,
                    (double) last.data / last.events));
            rows.add(driftRow(
                    "data file at most per stored event (bytes)",
                    (double) first.fileMost / first.events,
                    (double) last.fileMost / last.events));
            rows.add(driftRow("threads", first.threads, last.threads));
            drift = "| figure | first window | last window | last against first |\n|---|---|---|---|\n"
                    + String.join("\n", rows) + "\n";
        }
        long events = end.events() - load.startEvents;
        return String.format(
                        Locale.ROOT,
                        """
                        ## The ledger under a steady load (soak)

                        `mvn -B -q -pl core,query,web verify -Pbenchmark -Dit.test=SoakIT -Dsoak.minutes=%s \
                        -Dsoak.rate=%s -Dsoak.read-rate=%s -Dsoak.window-seconds=%d -Dsoak.initial-events=%d \
                        -Dsoak.partnerships=%d` (`SoakIT`): the packaged ledger with `-Xmx512m` on the embedded store, \
                        a starting ledger of %,d events written through the commands and the ledger restarted on it, \
                        then %s commands a second, each with its own `Idempotency-Key`, over %d partnerships living on \
                        week after week, and %s reads a second of their views, API and pages; the run took %.0f min. \
                        Latencies count from when the request was due; the lag is from a conflict's raising being \
                        acknowledged to its showing in its read model; the heap after full GC is read just after \
                        `jcmd PID GC.run` at the end of each window; the data file is `ledger.mv.db`, compacted in the \
                        background every minute (for at most a second) while less than half of it is live.

                        Machine: %s; load average at the end %s (the machine is shared: see each window's).

                        %,d commands sent, %,d reads; %,d failed; the ledger %s. %,d events stored during the load \
                        (%.1f a second). The store's data (`dbStats` `dataSize`: the documents of every collection, \
                        events, read models, idempotency keys...): %s MB at the start of the load, %s MB at its end, \
                        %s KB per 1,000 events stored during the load. The data file: %s MB at the start of the load \
                        (after the restart; a stopping ledger compacts it for at most 10 s), %s MB at its end, %s MB \
                        once the ledger had stopped. Heap after full GC before the load: %s MB.

                        %s
                        Drift:

                        %s""",
                        plain(MINUTES),
                        plain(RATE),
                        plain(READ_RATE),
                        WINDOW_SECONDS,
                        INITIAL_EVENTS,
                        PARTNERSHIPS,
                        load.startEvents,
                        plain(RATE),
                        PARTNERSHIPS,
                        plain(READ_RATE),
                        minutes,
                        machine,
                        FigureTable.loadAverage(),
                        load.commandsSent.get(),
                        load.readsSent.get(),
                        load.failures.size(),
                        load.ledgerAlive ? "kept running" : "**died**",
                        events,
                        events / load.seconds,
                        FigureTable.format(load.startData / 1e6),
                        FigureTable.format(end.data() / 1e6),
                        FigureTable.format(perThousand(end.data() - load.startData, events) / 1e3),
                        FigureTable.format(load.fileAtRest / 1e6),
                        FigureTable.format(end.file() / 1e6),
                        FigureTable.format(end.fileAfterStop() / 1e6),
                        FigureTable.format(load.startHeapAfterFullGc),
                        table,
                        drift)
                .strip();
    }

    /** As it would be typed: 5, 0.5. */
    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String row(int w, List<Window> windows, Load load) {
        Window window = windows.get(w);
        long eventsBefore = w == 0 ? load.startEvents : windows.get(w - 1).events;
        long dataBefore = w == 0 ? load.startData : windows.get(w - 1).data;
        long seconds = (long) (w + 1) * WINDOW_SECONDS;
        return String.join(
                " | ",
                String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60),
                String.format(Locale.ROOT, "%,d (%d)", window.commands.size(), window.failed.get()),
                percentiles(window.commands, 50, 99, 100),
                percentiles(window.reads, 50, 99),
                percentiles(window.lags, 50, 99, 100),
                FigureTable.format(window.behind),
                FigureTable.format(window.heapAfterFullGc) + " / " + FigureTable.format(window.heapUsedMost) + " / "
                        + FigureTable.format(window.heapCommitted),
                FigureTable.format(window.gcPauseMillis),
                FigureTable.format(window.threads),
                String.format(Locale.ROOT, "%,d", window.events),
                FigureTable.format(window.data / 1e6),
                FigureTable.format((double) window.data / window.events),
                FigureTable.format(perThousand(window.data - dataBefore, window.events - eventsBefore) / 1e3),
                FigureTable.format(window.file / 1e6) + " / " + FigureTable.format(window.fileMost / 1e6),
                FigureTable.format((double) window.fileMost / window.events),
                window.load);
    }

    private static double perThousand(long bytes, long events) {
        return events <= 0 ? Double.NaN : (double) bytes / events * 1000;
    }

    private static double percentile(List<Double> samples, double percentile) {
        synchronized (samples) {
            return FigureTable.percentile(new ArrayList<>(samples), percentile);
        }
    }

    private static String percentiles(List<Double> samples, double... percentiles) {
        List<String> values = new ArrayList<>();
        for (double percentile : percentiles) {
            values.add(FigureTable.format(percentile(samples, percentile)));
        }
        return String.join(" / ", values);
    }

    private static String driftRow(String figure, double first, double last) {
        String change = Double.isNaN(first) || Double.isNaN(last) || first == 0
                ? "–"
                : String.format(Locale.ROOT, "%+.0f %%", (last - first) / Math.abs(first) * 100);
        return "| " + figure + " | " + FigureTable.format(first) + " | " + FigureTable.format(last) + " | " + change
                + " |";
    }
}
