package org.partnershipledger.web.bench;

import java.io.IOException;
import java.util.Arrays;
import java.util.stream.DoubleStream;

/** One reading of the running ledger's Prometheus metrics ({@code /actuator/prometheus}), as monitoring takes it. */
final class Scrape {

    private final String text;

    private Scrape(String text) {
        this.text = text;
    }

    /** Read by the administrator, who alone may read the metrics. */
    static Scrape of(BenchClient administrator) throws IOException, InterruptedException {
        return new Scrape(administrator.read("/actuator/prometheus").body());
    }

    /** The samples of the metric {@code name} whose labels include every one of {@code labels}. */
    DoubleStream values(String name, String... labels) {
        return text.lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
    }

    /** Their sum; 0 if there is none. */
    double sum(String name, String... labels) {
        return values(name, labels).sum();
    }

    /** The first; NaN if there is none. */
    double first(String name, String... labels) {
        return values(name, labels).findFirst().orElse(Double.NaN);
    }

    /** The heap in use, garbage not yet collected included. */
    double heapUsedMegabytes() {
        return sum("jvm_memory_used_bytes", "area=\"heap\"") / 1e6;
    }

    /** Events recorded that the read model {@code processor} has not handled yet (NaN while none runs it). */
    double processorLag(String processor) {
        return first("ledger_processor_lag", "processor=\"" + processor + "\"");
    }
}
