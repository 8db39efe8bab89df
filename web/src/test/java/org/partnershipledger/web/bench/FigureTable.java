package org.partnershipledger.web.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A benchmark's figures, each beside its baseline, their ratio and its target, as a Markdown table; each
 * measured a few times, so the table gives the median and the spread (min–max) of the repeats. The table is
 * written into its own section of {@code BENCHMARKS.md}, leaving the other benchmarks' sections as they were.
 */
final class FigureTable {

    private final List<String> rows = new ArrayList<>();

    /** Every measurement of one figure, one per repeat. */
    record Measured(double[] values) {

        static Measured of(double... values) {
            return new Measured(values.clone());
        }

        static Measured of(List<Double> values) {
            return new Measured(values.stream().mapToDouble(Double::doubleValue).toArray());
        }

        double median() {
            return percentile(values, 50);
        }

        double min() {
            return Arrays.stream(values).min().orElse(Double.NaN);
        }

        double max() {
            return Arrays.stream(values).max().orElse(Double.NaN);
        }
    }

    /** What the figure should be, as the issue set it; none if it set none. */
    record Target(String text, Double atMost, Double atLeast, Double ratioAtMost) {

        static final Target NONE = new Target("", null, null, null);

        static Target ratioAtMost(double limit) {
            return new Target("ratio ≤ " + limit(limit), null, null, limit);
        }

        static Target atLeast(double limit, String unit) {
            return new Target("≥ " + limit(limit) + " " + unit, null, limit, null);
        }

        static Target atMostAndRatio(double limit, String unit, double ratio) {
            return new Target("≤ " + limit(limit) + " " + unit + ", ratio ≤ " + limit(ratio), limit, null, ratio);
        }

        private static String limit(double limit) {
            return limit == Math.rint(limit) ? String.format(Locale.ROOT, "%,.0f", limit) : format(limit);
        }

        String met(double value, double ratio) {
            if (atMost == null && atLeast == null && ratioAtMost == null) {
                return "";
            }
            boolean met = (atMost == null || value <= atMost)
                    && (atLeast == null || value >= atLeast)
                    && (ratioAtMost == null || ratio <= ratioAtMost);
            return met ? "yes" : "**no**";
        }
    }

    void section(String title) {
        rows.add("| **" + title + "** | | | | | |");
    }

    /** A figure against the same figure measured on the baseline (a fresh partnership, an empty store...). */
    void add(String figure, Measured value, Measured baseline, Target target) {
        double ratio = value.median() / baseline.median();
        rows.add("| " + figure + " | " + spread(value) + " | " + spread(baseline) + " | " + format(ratio) + " | "
                + target.text() + " | " + target.met(value.median(), ratio) + " |");
    }

    /** A figure with no baseline measured beside it. */
    void add(String figure, Measured value, Target target) {
        rows.add("| " + figure + " | " + spread(value) + " | | | " + target.text() + " | "
                + target.met(value.median(), 1) + " |");
    }

    String table() {
        List<String> table = new ArrayList<>();
        table.add("| figure | value: median (min–max) | baseline: median (min–max) | ratio | target | met? |");
        table.add("|---|---|---|---|---|---|");
        table.addAll(rows);
        return String.join("\n", table);
    }

    private static String spread(Measured measured) {
        if (measured.values().length == 1) {
            return format(measured.median());
        }
        return format(measured.median()) + " (" + format(measured.min()) + "–" + format(measured.max()) + ")";
    }

    static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "–";
        }
        double magnitude = Math.abs(value);
        String pattern = magnitude >= 100 ? "%,.0f" : magnitude >= 10 ? "%.1f" : "%.2f";
        return String.format(Locale.ROOT, pattern, value);
    }

    /** The nearest-rank percentile of the samples. */
    static double percentile(double[] samples, double percentile) {
        if (samples.length == 0) {
            return Double.NaN;
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double percentile(List<Double> samples, double percentile) {
        return percentile(samples.stream().mapToDouble(Double::doubleValue).toArray(), percentile);
    }

    /** The machine the figures were measured on, so a reader can compare like with like. */
    static String machine() {
        com.sun.management.OperatingSystemMXBean system =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse(cpu);
        } catch (IOException | RuntimeException notLinux) {
            // the CPU's name is a courtesy; cores and memory below are what matter
        }
        return String.format(
                Locale.ROOT,
                "%s, %d cores, %.1f GB RAM, %s %s, Java %s (%s), load average %s, measured %s",
                cpu,
                Runtime.getRuntime().availableProcessors(),
                system.getTotalMemorySize() / 1e9,
                System.getProperty("os.name"),
                System.getProperty("os.version"),
                System.getProperty("java.runtime.version"),
                System.getProperty("java.vm.vendor"),
                loadAverage(),
                ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")));
    }

    /** The machine may be shared: how busy it was (1, 5 and 15 minutes) tells how far to trust the figures. */
    static String loadAverage() {
        try {
            String[] load = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return load[0] + " / " + load[1] + " / " + load[2];
        } catch (IOException | RuntimeException notLinux) {
            return String.format(
                    Locale.ROOT,
                    "%.2f",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /**
     * Replaces the section named {@code name} of {@code BENCHMARKS.md} (the file the {@code benchmark}
     * profile names, else the checkout's) with {@code text}, keeping every other section.
     */
    static Path writeSection(String name, String text) throws IOException {
        Path file = Path.of(System.getProperty("bench.report", "../BENCHMARKS.md"));
        String begin = "<!-- " + name + ": begin (written by the benchmark, do not edit) -->";
        String end = "<!-- " + name + ": end -->";
        String current = Files.exists(file)
                ? Files.readString(file)
                : """
                  # Benchmarks

                  Measured by `mvn -B -q -pl core,query,web verify -Pbenchmark` (README, "Benchmarks"), which \
                  rewrites its own sections of this file on every run. Latencies are in milliseconds; each figure \
                  is the median of its repeats, with their minimum and maximum in brackets.
                  """;
        String section = begin + "\n" + text.strip() + "\n" + end;
        int from = current.indexOf(begin);
        int to = current.indexOf(end);
        String updated = from >= 0 && to > from
                ? current.substring(0, from) + section + current.substring(to + end.length())
                : current.stripTrailing() + "\n\n" + section + "\n";
        Files.writeString(file, updated);
        return file;
    }
}
