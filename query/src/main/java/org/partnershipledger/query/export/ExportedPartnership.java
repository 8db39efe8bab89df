package org.partnershipledger.query.export;

import java.util.List;
import java.util.Objects;
import org.partnershipledger.core.partnership.OpenedToResearch;
import org.partnershipledger.query.disclosure.Reader;
import org.partnershipledger.query.history.HistoryEvent;

/**
 * One partnership as an export takes it: its history already redacted for the reader, the reader it was
 * redacted for, and the head of its hash chain when it was read, so a researcher can later tell whether
 * the ledger still holds the history the export was taken from.
 */
public record ExportedPartnership(String partnershipId, List<HistoryEvent> history, Reader reader, ChainHead head) {

    /** The chain's head hash and length (every stored event, also those the reader does not see). */
    public record ChainHead(String headHash, long eventCount, boolean intact) {}

    public ExportedPartnership {
        Objects.requireNonNull(partnershipId, "partnershipId");
        Objects.requireNonNull(reader, "reader");
        history = List.copyOf(history);
    }

    /** Whether the partners opened the free text of this history to research. */
    public boolean openedToResearch() {
        return history.stream().anyMatch(recorded -> recorded.event() instanceof OpenedToResearch);
    }
}
