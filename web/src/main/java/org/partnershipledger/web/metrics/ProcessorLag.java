package org.partnershipledger.web.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;

/**
 * How many events each read model is behind the newest event recorded: 0 when it shows everything the
 * ledger knows. Unknown (NaN) while no segment of the processor is being processed in this ledger.
 */
class ProcessorLag implements ApplicationListener<ApplicationStartedEvent> {

    static final String LAG = "ledger.processor.lag";

    /** Finding the newest event queries the store, so a scrape reuses one found less than this ago. */
    private static final long HEAD_MAX_AGE = TimeUnit.SECONDS.toNanos(1);

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final MeterRegistry meters;

    private long head;
    private long headReadAt;
    private boolean headRead;

    ProcessorLag(EventStore eventStore, EventProcessingConfiguration processing, MeterRegistry meters) {
        this.eventStore = eventStore;
        this.processing = processing;
        this.meters = meters;
    }

    /** The processors exist once Axon has started, which is after this bean was built. */
    @Override
    public void onApplicationEvent(ApplicationStartedEvent started) {
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                Gauge.builder(LAG, () -> of(streaming))
                        .description("Events recorded that this processor has not handled yet")
                        .tag("processor", name)
                        .register(meters);
            }
        });
    }

    double of(StreamingEventProcessor processor) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        if (segments.isEmpty()) {
            return Double.NaN;
        }
        long slowest = segments.values().stream()
                .mapToLong(segment -> position(segment.getTrackingToken()))
                .min()
                .getAsLong();
        // The head may be up to a second older than the positions, so never report less than nothing.
        return Math.max(0, head() - slowest);
    }

    private synchronized long head() {
        long now = System.nanoTime();
        if (!headRead || now - headReadAt >= HEAD_MAX_AGE) {
            head = position(eventStore.createHeadToken());
            headReadAt = now;
            headRead = true;
        }
        return head;
    }

    /** Global sequence numbers start at 0, so a processor that has handled nothing stands at -1. */
    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }
}
