package org.partnershipledger.query.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.partnershipledger.core.store.LedgerSerializer;
import org.partnershipledger.query.history.HistoryEvent;

/**
 * A partnership's history as JSON Lines, one event per line in the order recorded: its place in the stream,
 * its type, the domain date it happened on, when the ledger recorded it, and the event as the event store
 * keeps it (the ledger's own mapper), so a line reads like the stored document.
 */
public final class EventsJsonLines {

    private static final ObjectMapper JSON =
            LedgerSerializer.objectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private EventsJsonLines() {}

    public static void write(List<HistoryEvent> history, OutputStream out) {
        write(history, recorded -> null, out);
    }

    /**
     * The same, each line with {@code names} beside the event when {@code names} gives any for it (the names of
     * the persons it names, for a reader who may know them); a line it gives null for has none.
     */
    public static void write(
            List<HistoryEvent> history, Function<HistoryEvent, Map<String, String>> names, OutputStream out) {
        try {
            for (HistoryEvent recorded : history) {
                ObjectNode line = JSON.createObjectNode();
                line.put("sequence", recorded.sequence());
                line.put("type", recorded.type());
                line.put("occurredOn", recorded.occurredOn().toString());
                line.put("recordedAt", recorded.recordedAt().toString());
                line.set("event", JSON.valueToTree(recorded.event()));
                Map<String, String> named = names.apply(recorded);
                if (named != null) {
                    line.set("names", JSON.valueToTree(named));
                }
                out.write(JSON.writeValueAsBytes(line));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
