package org.partnershipledger.web.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.partnershipledger.web.LedgerProcess;
import org.partnershipledger.web.bench.BenchClient.Answer;
import org.partnershipledger.web.bench.FigureTable.Measured;
import org.partnershipledger.web.bench.FigureTable.Target;
import org.partnershipledger.web.bench.HistoryWriter.Partnership;
import org.partnershipledger.web.store.EmbeddedStore;
import org.springframework.util.FileSystemUtils;

/**
 * The ledger as its users meet it: the packaged application in its own JVM ({@code -Xmx512m}) on the
 * embedded store, driven over HTTP by a facilitator and representatives signed in as themselves, with
 * histories written through the real command handlers (meetings, proposals and every partner's stance,
 * agreement versions and signatures, conflicts escalated to the mediator, representatives replaced, partners
 * withdrawing). It measures (issue 15):
 *
 * <ul>
 *   <li>the latency of the same commands on a fresh partnership and on one grown to {@code bench.grown}
 *       events (default 20,000);
 *   <li>the reads of every view of one partnership, API and pages, at {@code bench.read} events (default
 *       5,000) against 50 events, and the rate of verifying a partnership's hash chain;
 *   <li>the store at scale: {@code bench.events} more events (default 10,000) written by four clients at once,
 *       the latency under a steady {@code bench.rate} commands a second, how long a recorded event takes to
 *       show in its read model, rebuilding the read models, start-up with the stored events, and the disk
 *       each event takes against its BSON size; each against the same figure on a nearly empty store.
 * </ul>
 *
 * <p>Run with {@code mvn -B -q -pl core,query,web verify -Pbenchmark}; the table is printed and written to
 * {@code BENCHMARKS.md}. Add e.g. {@code -Dbench.events=1000000} for the full size.
 */
@Tag("benchmark")
class LedgerBenchmarkIT {

    private static final int GROWN = Integer.getInteger("bench.grown", 20_000);
    private static final int LARGE = Integer.getInteger("bench.read", 5_000);
    private static final int SMALL = 50;
    private static final long STORE = Long.getLong("bench.events", 10_000);
    private static final int REPEATS = Integer.getInteger("bench.repeats", 3);
    private static final int COMMANDS = Integer.getInteger("bench.commands", 100);
    private static final int READS = Integer.getInteger("bench.reads", 20);
    private static final int RATE = Integer.getInteger("bench.rate", 200);
    private static final int STEADY_SECONDS = Integer.getInteger("bench.steady-seconds", 10);
    private static final int LAG_SAMPLES = 20;
    private static final int CLIENTS = 4;
    private static final int WEEKS_PER_PARTNERSHIP = 10;
    // Partnerships the steady load spreads over on the nearly empty store (four times as many at scale).
    private static final int FEW = 32;
    private static final LocalDate FIRST_DAY = LocalDate.parse("1995-01-02");
    private static final List<String> READ_MODELS =
            List.of("partnership-summary", "decision-trail", "conflict-history");

    private final HttpClient http = HttpClient.newHttpClient();
    private final FigureTable figures = new FigureTable();

    @Test
    void measureTheLedger() throws Exception {
        long began = System.nanoTime();
        Path data = Files.createTempDirectory("ledger-bench-data");
        List<Double> emptyStarts = new ArrayList<>();
        for (int repeat = 0; repeat < REPEATS; repeat++) {
            Path empty = Files.createTempDirectory("ledger-bench-empty");
            emptyStarts.add(startupSeconds(empty));
            FileSystemUtils.deleteRecursively(empty);
        }
        long storedEvents;
        Map<String, List<Double>> rebuilds = new LinkedHashMap<>();
        try (LedgerProcess ledger = LedgerProcess.start(data, "benchmark").awaitReady(http)) {
            Function<String, URI> uris = ledger::uri;
            BenchClient administrator = BenchClient.firstAdministrator(uris, data);
            HistoryWriter writer = new HistoryWriter(uris, administrator);
            double heapAtStart = Scrape.of(administrator).heapUsedMegabytes();

            // The same figures on a nearly empty store are the baselines of the store at scale.
            List<Partnership> few = new ArrayList<>();
            for (int i = 0; i < FEW; i++) {
                Partnership partnership = writer.form("Few " + i, FIRST_DAY);
                partnership.liveAWeek(2);
                few.add(partnership);
            }
            Measured lagEmpty = projectionLag(writer, few.get(0));
            Steady steadyEmpty = steady(few);

            measureReads(writer);
            measureCommands(writer);

            long fillStart = System.nanoTime();
            Fill fill = fill(writer);
            System.out.printf(
                    Locale.ROOT, "filled %,d events in %.0f s%n", fill.events(), (System.nanoTime() - fillStart) / 1e9);

            figures.section("Store at scale (" + String.format(Locale.ROOT, "%,d", fill.events())
                    + " events written by " + CLIENTS + " clients) against a nearly empty store");
            figures.add(
                    "append over HTTP, " + CLIENTS + " clients: last fifth of the writing against its first fifth"
                            + " (events/s)",
                    Measured.of(fill.lastFifthRate()),
                    Measured.of(fill.firstFifthRate()),
                    Target.NONE);
            figures.add(
                    "append over HTTP, " + CLIENTS + " clients, whole writing (events/s)",
                    Measured.of(fill.eventsPerSecond()),
                    Target.NONE);
            figures.add(
                    "append over HTTP, " + CLIENTS + " clients, whole writing (requests/s)",
                    Measured.of(fill.requestsPerSecond()),
                    Target.NONE);
            Steady steadyFull = steady(fill.partnerships()
                    .subList(0, Math.min(FEW * 4, fill.partnerships().size())));
            figures.add(
                    "p50 at a steady " + RATE + " meetings/s, " + STEADY_SECONDS + " s (ms)",
                    steadyFull.p50(),
                    steadyEmpty.p50(),
                    Target.NONE);
            figures.add(
                    "p99 at a steady " + RATE + " meetings/s, " + STEADY_SECONDS + " s (ms)",
                    steadyFull.p99(),
                    steadyEmpty.p99(),
                    Target.NONE);
            figures.add(
                    "meetings failed at a steady " + RATE + "/s (of " + RATE * STEADY_SECONDS + ")",
                    steadyFull.failed(),
                    steadyEmpty.failed(),
                    Target.NONE);
            figures.add(
                    "meetings/s recorded at a steady " + RATE + "/s",
                    steadyFull.achieved(),
                    steadyEmpty.achieved(),
                    Target.NONE);
            figures.add(
                    "projection lag, p50: conflict raised → in its read model (ms)",
                    projectionLag(writer, fill.partnerships().get(0)),
                    lagEmpty,
                    Target.NONE);
            for (String readModel : READ_MODELS) {
                rebuilds.put(readModel, rebuildSeconds(administrator, readModel));
            }
            figures.add(
                    "heap used after the load, of 512 MB (MB)",
                    Measured.of(Scrape.of(administrator).heapUsedMegabytes()),
                    Measured.of(heapAtStart),
                    Target.NONE);
        }
        storedEvents = diskPerEvent(data);
        for (var rebuild : rebuilds.entrySet()) {
            figures.add(
                    "rebuild of " + rebuild.getKey() + " from every stored event (events/s)",
                    Measured.of(rebuild.getValue().stream()
                            .map(seconds -> storedEvents / seconds)
                            .toList()),
                    Target.NONE);
        }
        List<Double> fullStarts = new ArrayList<>();
        for (int repeat = 0; repeat < REPEATS; repeat++) {
            fullStarts.add(startupSeconds(data));
        }
        figures.add(
                String.format(
                        Locale.ROOT,
                        "start-up to first answer with %,d stored events, against empty (s)",
                        storedEvents),
                Measured.of(fullStarts),
                Measured.of(emptyStarts),
                Target.NONE);
        FileSystemUtils.deleteRecursively(data);

        String report = String.format(
                        Locale.ROOT,
                        """
                        ## The ledger over HTTP

                        `mvn -B -q -pl core,query,web verify -Pbenchmark -Dit.test=LedgerBenchmarkIT \
                        -Dbench.grown=%d -Dbench.read=%d -Dbench.events=%d -Dbench.repeats=%d -Dbench.commands=%d \
                        -Dbench.reads=%d -Dbench.rate=%d -Dbench.steady-seconds=%d` (`LedgerBenchmarkIT`): the packaged \
                        ledger with `-Xmx512m` on the embedded store, driven over HTTP; %d repeats; %,d events \
                        stored at the end; the run took %.0f min.

                        Machine: %s.

                        """,
                        GROWN,
                        LARGE,
                        STORE,
                        REPEATS,
                        COMMANDS,
                        READS,
                        RATE,
                        STEADY_SECONDS,
                        REPEATS,
                        storedEvents,
                        (System.nanoTime() - began) / 60e9,
                        FigureTable.machine())
                + figures.table();
        System.out.println(report);
        System.out.println(
                "written to " + FigureTable.writeSection("ledger", report).toAbsolutePath());
    }

    /** Point 2: every view of one partnership, at {@code LARGE} events against {@code SMALL}. */
    private void measureReads(HistoryWriter writer) throws Exception {
        Partnership small = writer.form("Small", FIRST_DAY);
        while (small.events() < SMALL) {
            small.liveAWeek(1);
        }
        Partnership large = writer.form("Large", FIRST_DAY);
        growTo(large, LARGE);
        long smallEvents = small.events();
        long largeEvents = large.events();
        BenchClient api = writer.facilitator();
        BenchClient pages = writer.pages();
        figures.section(String.format(
                Locale.ROOT, "Reads of one partnership, p50 (ms): %,d events against %,d", largeEvents, smallEvents));
        for (String view : Views.of(FIRST_DAY, large.day())) {
            boolean page = Views.isPage(view);
            BenchClient reader = page ? pages : api;
            figures.add(
                    (page ? "page " : "") + view,
                    readP50(reader, view, large, largeEvents),
                    readP50(reader, view, small, smallEvents),
                    Target.atMostAndRatio(100, "ms", 3));
        }
        List<Double> rates = new ArrayList<>();
        for (int repeat = 0; repeat < REPEATS; repeat++) {
            Answer verified = api.read(large.path + "/verification");
            rates.add(verified.json().path("eventCount").asLong() / (verified.nanos() / 1e9));
        }
        figures.add(
                String.format(Locale.ROOT, "verification over HTTP of %,d events (events/s)", largeEvents),
                Measured.of(rates),
                Target.atLeast(50_000, "events/s"));
    }

    private Measured readP50(BenchClient reader, String view, Partnership partnership, long events) throws Exception {
        String path = Views.path(view, partnership, Math.max(0, events - 50));
        reader.read(path); // the first read of a view may fill caches; the figures are of the reads after it
        List<Double> p50s = new ArrayList<>();
        for (int repeat = 0; repeat < REPEATS; repeat++) {
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < READS; i++) {
                millis.add(reader.read(path).millis());
            }
            p50s.add(FigureTable.percentile(millis, 50));
        }
        return Measured.of(p50s);
    }

    /** Point 1: the same commands on a fresh partnership and on one grown to {@code GROWN} events. */
    private void measureCommands(HistoryWriter writer) throws Exception {
        Partnership grown = writer.form("Grown", FIRST_DAY);
        long growing = System.nanoTime();
        growTo(grown, GROWN);
        long grownEvents = grown.events();
        System.out.printf(
                Locale.ROOT,
                "grew a partnership to %,d events in %.0f s%n",
                grownEvents,
                (System.nanoTime() - growing) / 1e9);
        List<Double> freshMeetingP50 = new ArrayList<>();
        List<Double> freshMeetingP99 = new ArrayList<>();
        List<Double> grownMeetingP50 = new ArrayList<>();
        List<Double> grownMeetingP99 = new ArrayList<>();
        List<Double> freshStanceP50 = new ArrayList<>();
        List<Double> freshStanceP99 = new ArrayList<>();
        List<Double> grownStanceP50 = new ArrayList<>();
        List<Double> grownStanceP99 = new ArrayList<>();
        for (int repeat = 0; repeat < REPEATS; repeat++) {
            List<Double> fresh = meetings(writer, null);
            List<Double> onGrown = meetings(writer, grown);
            freshMeetingP50.add(FigureTable.percentile(fresh, 50));
            freshMeetingP99.add(FigureTable.percentile(fresh, 99));
            grownMeetingP50.add(FigureTable.percentile(onGrown, 50));
            grownMeetingP99.add(FigureTable.percentile(onGrown, 99));
            fresh = stances(writer, null);
            onGrown = stances(writer, grown);
            freshStanceP50.add(FigureTable.percentile(fresh, 50));
            freshStanceP99.add(FigureTable.percentile(fresh, 99));
            grownStanceP50.add(FigureTable.percentile(onGrown, 50));
            grownStanceP99.add(FigureTable.percentile(onGrown, 99));
        }
        figures.section(String.format(
                Locale.ROOT,
                "Commands (ms), %d per repeat: on a partnership of %,d events against a fresh one",
                COMMANDS,
                grownEvents));
        Target ratio = Target.ratioAtMost(1.5);
        String meeting = "a meeting with one proposal and three partners' stances";
        figures.add(meeting + ", p50", Measured.of(grownMeetingP50), Measured.of(freshMeetingP50), ratio);
        figures.add(meeting + ", p99", Measured.of(grownMeetingP99), Measured.of(freshMeetingP99), ratio);
        figures.add("a stance given in writing, p50", Measured.of(grownStanceP50), Measured.of(freshStanceP50), ratio);
        figures.add("a stance given in writing, p99", Measured.of(grownStanceP99), Measured.of(freshStanceP99), ratio);
        Answer verified = writer.facilitator().read(grown.path + "/verification");
        figures.add(
                String.format(Locale.ROOT, "verification over HTTP of %,d events (events/s)", grownEvents),
                Measured.of(verified.json().path("eventCount").asLong() / (verified.nanos() / 1e9)),
                Target.atLeast(50_000, "events/s"));
    }

    /** Milliseconds of each meeting recorded; on {@code grown}, or on fresh partnerships if null. */
    private static List<Double> meetings(HistoryWriter writer, Partnership grown) throws Exception {
        List<Double> millis = new ArrayList<>();
        Partnership partnership = grown;
        for (int i = 0; i < COMMANDS; i++) {
            if (grown == null && i % 10 == 0) {
                partnership = writer.form("Fresh", FIRST_DAY); // fresh for ten meetings: about 60 events
            }
            millis.add(partnership.meetingAnswer(1, true).millis());
        }
        return millis;
    }

    /** Milliseconds of each stance given in writing on a proposal put at an earlier meeting. */
    private static List<Double> stances(HistoryWriter writer, Partnership grown) throws Exception {
        List<Double> millis = new ArrayList<>();
        Partnership partnership = grown;
        List<String> pending = grown == null ? List.of() : grown.meeting((COMMANDS + 2) / 3, false);
        for (int i = 0; i < COMMANDS; i++) {
            if (grown == null && i % 9 == 0) {
                partnership = writer.form("Fresh", FIRST_DAY);
                pending = partnership.meeting(3, false);
            }
            int onProposal = grown == null ? (i % 9) / 3 : i / 3;
            String partner = List.of(partnership.ngo, partnership.municipality, partnership.police)
                    .get(i % 3);
            millis.add(partnership.stance(pending.get(onProposal), partner).millis());
        }
        return millis;
    }

    private static void growTo(Partnership partnership, long events) throws Exception {
        // Each week adds about 60 events; the count is checked now and then, as it costs a read.
        long estimate = partnership.events();
        while (estimate < events) {
            for (int week = 0; week < 10 && estimate < events; week++) {
                partnership.liveAWeek(6);
                estimate += 60;
            }
            estimate = partnership.events();
        }
    }

    private record Fill(
            long events,
            double eventsPerSecond,
            double requestsPerSecond,
            double firstFifthRate,
            double lastFifthRate,
            List<Partnership> partnerships) {}

    /** {@code STORE} events written by four clients at once, partnership after partnership. */
    private static Fill fill(HistoryWriter writer) throws Exception {
        List<long[]> progress = Collections.synchronizedList(new ArrayList<>()); // {nanos, events}
        AtomicLong total = new AtomicLong();
        long requestsBefore = writer.requests();
        long start = System.nanoTime();
        List<Partnership> partnerships =
                writer.writeAtOnce(CLIENTS, STORE, WEEKS_PER_PARTNERSHIP, FIRST_DAY, (partnership, written) -> {
                    progress.add(new long[] {System.nanoTime(), written});
                    total.accumulateAndGet(written, Math::max);
                });
        double seconds = (System.nanoTime() - start) / 1e9;
        long events = total.get();
        List<long[]> points = new ArrayList<>(progress);
        points.sort((a, b) -> Long.compare(a[0], b[0]));
        return new Fill(
                events,
                events / seconds,
                (writer.requests() - requestsBefore) / seconds,
                rateBetween(points, start, 0, events / 5),
                rateBetween(points, start, events * 4 / 5, events),
                List.copyOf(partnerships));
    }

    /** Events a second between the points where {@code from} and {@code to} events had been written. */
    private static double rateBetween(List<long[]> points, long start, long from, long to) {
        long[] first = {start, 0};
        long[] last = points.get(points.size() - 1);
        for (long[] point : points) {
            if (point[1] <= from) {
                first = point;
            }
        }
        for (int i = points.size() - 1; i >= 0; i--) {
            if (points.get(i)[1] >= to) {
                last = points.get(i);
            }
        }
        if (last[0] <= first[0]) {
            return Double.NaN;
        }
        return (last[1] - first[1]) / ((last[0] - first[0]) / 1e9);
    }

    private record Steady(Measured p50, Measured p99, Measured achieved, Measured failed) {}

    /**
     * Meetings sent at a steady rate whatever the answers' pace, over the given partnerships; each latency is
     * counted from when the meeting was due, so a ledger that falls behind shows it. A meeting the ledger
     * failed to record counts with the time it took to fail, and among the failures.
     */
    private static Steady steady(List<Partnership> partnerships) throws Exception {
        List<Double> p50s = new ArrayList<>();
        List<Double> p99s = new ArrayList<>();
        List<Double> achieved = new ArrayList<>();
        List<Double> failed = new ArrayList<>();
        AtomicLong failures = new AtomicLong();
        ExecutorService senders = Executors.newFixedThreadPool(64);
        try {
            for (int repeat = 0; repeat < REPEATS; repeat++) {
                int total = RATE * STEADY_SECONDS;
                List<Future<Double>> sent = new ArrayList<>(total);
                AtomicLong lastAnswer = new AtomicLong();
                long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
                for (int i = 0; i < total; i++) {
                    long due = start + (long) (i * 1e9 / RATE);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    Partnership partnership = partnerships.get(i % partnerships.size());
                    sent.add(senders.submit(() -> {
                        boolean recorded;
                        try {
                            // One secretary per partnership: her next meeting waits for the answer to the last.
                            synchronized (partnership) {
                                recorded = partnership.meetingAnswer(1, true).status() == 201;
                            }
                        } catch (IllegalStateException refused) {
                            recorded = false; // e.g. a 500 when the command waited too long for its partnership
                        }
                        long answered = System.nanoTime();
                        lastAnswer.accumulateAndGet(answered, Math::max);
                        if (!recorded) {
                            failures.incrementAndGet();
                        }
                        return (answered - due) / 1e6;
                    }));
                }
                List<Double> millis = new ArrayList<>();
                for (Future<Double> meeting : sent) {
                    millis.add(meeting.get(30, TimeUnit.MINUTES));
                }
                p50s.add(FigureTable.percentile(millis, 50));
                p99s.add(FigureTable.percentile(millis, 99));
                achieved.add((total - failures.get()) / ((lastAnswer.get() - start) / 1e9));
                failed.add((double) failures.getAndSet(0));
            }
        } finally {
            senders.shutdown();
        }
        return new Steady(Measured.of(p50s), Measured.of(p99s), Measured.of(achieved), Measured.of(failed));
    }

    /** Milliseconds from a conflict's raising being acknowledged to the conflict showing in its read model. */
    private static Measured projectionLag(HistoryWriter writer, Partnership partnership) throws Exception {
        List<Double> p50s = new ArrayList<>();
        for (int repeat = 0; repeat < REPEATS; repeat++) {
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < LAG_SAMPLES; i++) {
                String conflict = partnership.raiseConflict().header("Location");
                long acknowledged = System.nanoTime();
                String read = "/api/conflicts/" + conflict.substring(conflict.lastIndexOf('/') + 1);
                long deadline = acknowledged + TimeUnit.SECONDS.toNanos(60);
                while (writer.anne().get(read).status() != 200) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException(read + " did not show within a minute");
                    }
                    Thread.sleep(1);
                }
                millis.add((System.nanoTime() - acknowledged) / 1e6);
            }
            p50s.add(FigureTable.percentile(millis, 50));
        }
        return Measured.of(p50s);
    }

    /**
     * Seconds to rebuild one read model from the whole history (POST /api/admin/projections/{name}/replay),
     * until its lag is 0 again; each repeat one figure.
     */
    private static List<Double> rebuildSeconds(BenchClient administrator, String readModel) throws Exception {
        List<Double> seconds = new ArrayList<>();
        for (int repeat = 0; repeat < REPEATS; repeat++) {
            long start = System.nanoTime();
            administrator.accepted("/api/admin/projections/" + readModel + "/replay", Collections.emptyMap());
            long deadline = start + TimeUnit.HOURS.toNanos(2);
            // NaN while the restarted processor has not yet claimed its segment.
            while (Scrape.of(administrator).processorLag(readModel) != 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(readModel + " was not rebuilt within two hours");
                }
                Thread.sleep(20);
            }
            seconds.add((System.nanoTime() - start) / 1e9);
        }
        return seconds;
    }

    /**
     * The bytes on disk a stored event takes, whole data directory included, against its BSON size; read from
     * the stopped ledger's store. The number of stored events.
     */
    private long diskPerEvent(Path data) throws Exception {
        long disk;
        try (Stream<Path> files = Files.walk(data)) {
            disk = files.filter(Files::isRegularFile)
                    .mapToLong(file -> file.toFile().length())
                    .sum();
        }
        long events = 0;
        long bson = 0;
        EmbeddedStore store = EmbeddedStore.open(data);
        try (MongoClient client = MongoClients.create(store.connectionString())) {
            // A page at a time: the embedded server answers a find of everything in one message, too large
            // for the driver at 100,000 events.
            var stored = client.getDatabase("ledger").getCollection("events", RawBsonDocument.class);
            long after = -1;
            List<RawBsonDocument> page;
            do {
                page = stored.find(Filters.gt("_id", after))
                        .sort(Sorts.ascending("_id"))
                        .limit(1_000)
                        .into(new ArrayList<>());
                for (RawBsonDocument event : page) {
                    events++;
                    bson += event.getByteBuffer().remaining();
                    after = event.getNumber("_id").longValue();
                }
            } while (page.size() == 1_000);
        } finally {
            store.close();
        }
        figures.add(
                String.format(Locale.ROOT, "disk per stored event, against its BSON size (bytes), %,d events", events),
                Measured.of((double) disk / events),
                Measured.of((double) bson / events),
                Target.NONE);
        return events;
    }

    private double startupSeconds(Path dataDirectory) throws Exception {
        long start = System.nanoTime();
        try (LedgerProcess ledger = LedgerProcess.start(dataDirectory, "benchmark-startup")) {
            ledger.awaitReady(http);
            return (System.nanoTime() - start) / 1e9;
        }
    }
}
