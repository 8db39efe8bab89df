package org.partnershipledger.web.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.partnershipledger.web.LedgerProcess;
import org.partnershipledger.web.bench.FigureTable.Measured;
import org.partnershipledger.web.bench.FigureTable.Target;
import org.partnershipledger.web.bench.HistoryWriter.Partnership;
import org.springframework.util.FileSystemUtils;

/**
 * Point 3 of issue 15 for the exports: a researcher's export of every partnership (XES and OCEL) from the
 * packaged ledger running with {@code -Xmx512m} on the embedded store, after {@code bench.export-events}
 * events (default 10,000) were written through the real command handlers by four clients. It measures each
 * export's time, rate and size, and the heap the ledger used while it ran, sampled from its metrics, against
 * the heap before. That the export completes at all is the point: the ledger would have run out of its
 * 512 MB had it held the ledger's histories or the ZIP whole. The ZIP is read as it arrives and its data
 * card checked to count every event and partnership written.
 *
 * <p>Run with {@code mvn -B -q -pl core,query,web verify -Pbenchmark -Dit.test=ExportBenchmarkIT}; add
 * {@code -Dbench.export-events=1000000} for the size.
 */
@Tag("benchmark")
class ExportBenchmarkIT {

    private static final long EVENTS = Long.getLong("bench.export-events", 10_000);
    private static final int REPEATS = Integer.getInteger("bench.repeats", 3);
    private static final int CLIENTS = 4;
    private static final int WEEKS_PER_PARTNERSHIP = 10;
    private static final LocalDate FIRST_DAY = LocalDate.parse("1995-01-02");
    private static final String RESEARCHER = "bench-researcher";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final FigureTable figures = new FigureTable();

    @Test
    void measureTheExports() throws Exception {
        long began = System.nanoTime();
        Path data = Files.createTempDirectory("ledger-bench-export");
        long written;
        int partnerships;
        try (LedgerProcess ledger =
                LedgerProcess.start(data, "benchmark-export").awaitReady(http)) {
            Function<String, URI> uris = ledger::uri;
            BenchClient administrator = BenchClient.firstAdministrator(uris, data);
            HistoryWriter writer = new HistoryWriter(uris, administrator);
            administrator.accepted(
                    "/api/admin/users",
                    Map.of(
                            "username",
                            RESEARCHER,
                            "password",
                            HistoryWriter.PASSWORD,
                            "capacities",
                            List.of("RESEARCHER")));
            long filling = System.nanoTime();
            List<Partnership> filled = fill(writer);
            written = 0;
            for (Partnership partnership : filled) {
                written += partnership.events();
            }
            partnerships = filled.size();
            System.out.printf(
                    Locale.ROOT,
                    "wrote %,d events in %,d partnerships in %.0f s%n",
                    written,
                    partnerships,
                    (System.nanoTime() - filling) / 1e9);
            figures.section(String.format(
                    Locale.ROOT,
                    "A researcher's export of every partnership: %,d events in %,d partnerships, ledger with"
                            + " -Xmx512m",
                    written,
                    partnerships));
            for (String format : List.of("xes", "ocel")) {
                measure(uris, administrator, format, written, partnerships);
            }
        }
        FileSystemUtils.deleteRecursively(data);

        String report = String.format(
                        Locale.ROOT,
                        """
                        ## Exports of the whole ledger

                        `mvn -B -q -pl core,query,web verify -Pbenchmark -Dit.test=ExportBenchmarkIT \
                        -Dbench.export-events=%d -Dbench.repeats=%d` (`ExportBenchmarkIT`): the packaged ledger \
                        with `-Xmx512m` on the embedded store; %,d events in %,d partnerships written over HTTP by \
                        %d clients, then exported by a researcher (`GET /api/exports/xes` and `/api/exports/ocel`), \
                        each ZIP read as it arrived and its data card checked to count every event and partnership; %d repeats; \
                        the run took %.0f min. The heap is the most the ledger's metrics showed in use while the \
                        export ran (sampled every 100 ms, garbage not yet collected included), against the heap \
                        in use before it.

                        Machine: %s.

                        """,
                        EVENTS,
                        REPEATS,
                        written,
                        partnerships,
                        CLIENTS,
                        REPEATS,
                        (System.nanoTime() - began) / 60e9,
                        FigureTable.machine())
                + figures.table();
        System.out.println(report);
        System.out.println(
                "written to " + FigureTable.writeSection("export", report).toAbsolutePath());
    }

    /** One format's export, {@code REPEATS} times: seconds, events a second, megabytes, heap. */
    private void measure(
            Function<String, URI> uris, BenchClient administrator, String format, long written, int partnerships)
            throws Exception {
        List<Double> seconds = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        List<Double> megabytes = new ArrayList<>();
        List<Double> peaks = new ArrayList<>();
        List<Double> before = new ArrayList<>();
        for (int repeat = 0; repeat < REPEATS; repeat++) {
            before.add(Scrape.of(administrator).heapUsedMegabytes());
            AtomicBoolean exporting = new AtomicBoolean(true);
            ExecutorService sampler = Executors.newSingleThreadExecutor();
            Future<Double> peak = sampler.submit(() -> {
                double most = 0;
                while (exporting.get()) {
                    most = Math.max(most, Scrape.of(administrator).heapUsedMegabytes());
                    Thread.sleep(100);
                }
                return most;
            });
            Export export = export(uris, "/api/exports/" + format);
            exporting.set(false);
            peaks.add(peak.get(1, TimeUnit.MINUTES));
            sampler.shutdown();
            if (export.chainEventCount() != written || export.partnerships() != partnerships) {
                throw new IllegalStateException("The " + format + " export's data card counts "
                        + export.chainEventCount() + " events in " + export.partnerships() + " partnerships, not the "
                        + written + " in " + partnerships + " written");
            }
            seconds.add(export.nanos() / 1e9);
            rates.add(export.eventCount() / (export.nanos() / 1e9));
            megabytes.add(export.bytes() / 1e6);
        }
        String name = format.toUpperCase(Locale.ROOT);
        figures.add(name + " export, until the whole ZIP was read (s)", Measured.of(seconds), Target.NONE);
        figures.add(name + " export (events/s)", Measured.of(rates), Target.NONE);
        figures.add(name + " export, the ZIP (MB)", Measured.of(megabytes), Target.NONE);
        figures.add(
                name + " export, heap in use while it ran, of 512 MB, against before (MB)",
                Measured.of(peaks),
                Measured.of(before),
                Target.NONE);
    }

    /** The seconds and bytes of one export, and what its data card counts. */
    private record Export(long nanos, long bytes, long eventCount, long chainEventCount, int partnerships) {}

    /** The export as a researcher downloads it, read as it arrives: never held whole here either. */
    private Export export(Function<String, URI> uris, String path) throws Exception {
        String credentials = RESEARCHER + ":" + HistoryWriter.PASSWORD;
        HttpRequest request = HttpRequest.newBuilder(uris.apply(path))
                .timeout(Duration.ofHours(2))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .GET()
                .build();
        long start = System.nanoTime();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            try (InputStream body = response.body()) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                        + new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        AtomicLong bytes = new AtomicLong();
        JsonNode card = null;
        try (ZipInputStream zip = new ZipInputStream(new Counted(response.body(), bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("datacard.json")) {
                    card = JSON.readTree(zip.readAllBytes());
                } else {
                    zip.transferTo(OutputStream.nullOutputStream());
                }
            }
        }
        long nanos = System.nanoTime() - start;
        if (card == null) {
            throw new IllegalStateException("GET " + path + " answered a ZIP without its data card");
        }
        long chainEvents = 0;
        for (JsonNode partnership : card.path("partnerships")) {
            chainEvents += partnership.path("chainEventCount").asLong();
        }
        return new Export(
                nanos,
                bytes.get(),
                card.path("eventCount").asLong(),
                chainEvents,
                card.path("partnerships").size());
    }

    /** Counts the bytes read through it. */
    private static final class Counted extends FilterInputStream {

        private final AtomicLong count;

        Counted(InputStream in, AtomicLong count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int read = super.read();
            if (read >= 0) {
                count.incrementAndGet();
            }
            return read;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count.addAndGet(read);
            }
            return read;
        }
    }

    /** Partnerships of ten weeks each, written by four clients at once until {@code EVENTS} are written. */
    private static List<Partnership> fill(HistoryWriter writer) throws Exception {
        return writer.writeAtOnce(CLIENTS, EVENTS, WEEKS_PER_PARTNERSHIP, FIRST_DAY, (partnership, written) -> {});
    }
}
