package org.partnershipledger.query.history;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The histories read lately, decoded, the least recently read dropped first once they hold more events
 * than the bound together. A history longer than the bound is not kept at all.
 */
final class RecentHistories {

    /** A history as read: its events and where its stream was read up to (the next sequence number, the last event's id). */
    record Read(List<HistoryEvent> events, long nextSequence, String lastEventIdentifier) {}

    private final long maxEvents;
    private final Map<String, Read> histories = new LinkedHashMap<>(16, 0.75f, true);
    private long events;
    private long generation;

    RecentHistories(long maxEvents) {
        this.maxEvents = maxEvents;
    }

    synchronized Read get(String partnershipId) {
        return histories.get(partnershipId);
    }

    /** Whatever was read before the last {@link #clear()}; a reader compares it with {@link #generation()} when done. */
    synchronized long generation() {
        return generation;
    }

    /**
     * Keeps a history read since {@code generation}, unless the memory was cleared meanwhile or it already
     * holds a longer read of the same history (several readers extend the same history at once).
     */
    synchronized void put(String partnershipId, Read read, long generationAtStart) {
        if (generationAtStart != generation || read.events().size() > maxEvents) {
            return;
        }
        Read held = histories.get(partnershipId);
        if (held != null && held.nextSequence() > read.nextSequence()) {
            return;
        }
        forget(partnershipId);
        histories.put(partnershipId, read);
        events += read.events().size();
        Iterator<Read> leastRecent = histories.values().iterator();
        while (events > maxEvents && leastRecent.hasNext()) {
            events -= leastRecent.next().events().size();
            leastRecent.remove();
        }
    }

    synchronized void forget(String partnershipId) {
        Read held = histories.remove(partnershipId);
        if (held != null) {
            events -= held.events().size();
        }
    }

    synchronized void clear() {
        generation++;
        histories.clear();
        events = 0;
    }

    synchronized long events() {
        return events;
    }
}
