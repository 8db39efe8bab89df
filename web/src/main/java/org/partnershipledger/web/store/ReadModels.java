package org.partnershipledger.web.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The read models, one streaming processor each, rebuilt from the whole history on request (a replay
 * after a change, or an erasure). The ledger keeps accepting commands meanwhile; a read model catches up
 * with them once its replay has passed.
 */
@Component
public class ReadModels {

    private final EventProcessingConfiguration processing;
    private final EventStore events;

    ReadModels(EventProcessingConfiguration processing, EventStore events) {
        this.processing = processing;
        this.events = events;
    }

    /** Starts rebuilding one read model; false if there is none by that name. */
    public boolean replay(String name) {
        Optional<StreamingEventProcessor> processor = processing.eventProcessor(name, StreamingEventProcessor.class);
        processor.ifPresent(ReadModels::restartFromTheBeginning);
        return processor.isPresent();
    }

    /** Starts rebuilding every read model; their names. */
    public List<String> replayAll() {
        List<String> names = new ArrayList<>();
        for (Object processor : processing.eventProcessors().values()) {
            if (processor instanceof StreamingEventProcessor streaming) {
                restartFromTheBeginning(streaming);
                names.add(streaming.getName());
            }
        }
        names.sort(null);
        return names;
    }

    /**
     * Waits until every read model has handled every event recorded before the call, replays included;
     * false if that took longer than the timeout.
     */
    public boolean awaitUpToDate(Duration timeout) throws InterruptedException {
        long head = position(events.createHeadToken());
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!upTo(head)) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    private boolean upTo(long head) {
        for (Object processor : processing.eventProcessors().values()) {
            if (processor instanceof StreamingEventProcessor streaming) {
                Map<Integer, EventTrackerStatus> segments = streaming.processingStatus();
                // Not isReplaying(): Axon ends a replay only at the first event after the position it began
                // at, so a processor that started without a token, or was reset with nothing recorded since,
                // reports replaying until the next command, though it has handled every event there is.
                if (segments.isEmpty()
                        || segments.values().stream()
                                .anyMatch(segment -> position(segment.getTrackingToken()) < head)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }

    private static void restartFromTheBeginning(StreamingEventProcessor processor) {
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }
}
