package org.partnershipledger.web.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

/**
 * The read models, one streaming processor each, rebuilt from the whole history on request (a replay
 * after a change, or an erasure). The ledger keeps accepting commands meanwhile; a read model catches up
 * with them once its replay has passed.
 */
@Component
public class ReadModels {

    private final EventProcessingConfiguration processing;

    ReadModels(EventProcessingConfiguration processing) {
        this.processing = processing;
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

    private static void restartFromTheBeginning(StreamingEventProcessor processor) {
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }
}
