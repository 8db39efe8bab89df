package org.partnershipledger.core.store;

import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Projections.include;
import static com.mongodb.client.model.Sorts.ascending;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SortedSet;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.bson.Document;

/**
 * Reads the global stream from a gap-aware token.
 *
 * <p>A reader far behind (a replay) reads everything after its token a page at a time in global order. A
 * reader at the tail asks for the exact numbers allocated since its token, and for the gaps it still waits
 * on: exact lookups of a unique key are fast on every server.
 *
 * <p>A gap is a number allocated but not (yet) written. It is kept until an event with a higher number
 * has been on record longer than the gap timeout. Blocks of numbers are allocated in order and used for
 * at most their lease, so once the gap timeout exceeds lease plus write timeout, the writer of such a
 * gap has either written it or never will.
 */
final class TrackedEventReader {

    private final MongoCollection<Document> events;
    private final SequenceAllocator allocator;
    private final Settings settings;
    private final Clock clock;

    record Settings(int tailWindow, int batchSize, Duration gapTimeout, int maxGapOffset) {}

    TrackedEventReader(MongoCollection<Document> events, SequenceAllocator allocator, Settings settings, Clock clock) {
        this.events = events;
        this.allocator = allocator;
        this.settings = settings;
        this.clock = clock;
    }

    Stream<TrackedDomainEventData<JsonNode>> read(GapAwareTrackingToken token) {
        GapAwareTrackingToken start = token == null || token.getGaps().isEmpty() ? token : withoutDeadGaps(token);
        long index = start == null ? -1 : start.getIndex();
        long allocated = allocator.allocated();
        Iterator<Document> ahead;
        if (allocated - index - 1 <= settings.tailWindow()) {
            ahead = lookup(LongStream.range(index + 1, allocated).boxed().toList())
                    .iterator();
        } else {
            ahead = new Pages(index);
        }
        Iterator<TrackedDomainEventData<JsonNode>> tracked = new Tracking(start, ahead);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(tracked, Spliterator.ORDERED), false);
    }

    /**
     * Everything after a number, a page at a time in global order. One cursor over it all would do on
     * MongoDB, but the embedded server gathers every document a query matches before it answers the first
     * batch: a rebuild of a ledger of a hundred thousand events ran out of memory. A page is a range of
     * the global sequence's index with a limit, which both servers read no further than the limit.
     */
    private final class Pages implements Iterator<Document> {

        private long after;
        private Iterator<Document> page = Collections.emptyIterator();
        private boolean last;

        Pages(long after) {
            this.after = after;
        }

        @Override
        public boolean hasNext() {
            if (!page.hasNext() && !last) {
                List<Document> read = events.find(gt(EventDocuments.GLOBAL_SEQUENCE, after))
                        .sort(ascending(EventDocuments.GLOBAL_SEQUENCE))
                        .limit(settings.batchSize())
                        .into(new ArrayList<>(settings.batchSize()));
                last = read.size() < settings.batchSize();
                if (!read.isEmpty()) {
                    after = EventDocuments.globalSequence(read.get(read.size() - 1));
                }
                page = read.iterator();
            }
            return page.hasNext();
        }

        @Override
        public Document next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return page.next();
        }
    }

    private List<Document> lookup(Collection<Long> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return events.find(in(EventDocuments.GLOBAL_SEQUENCE, numbers))
                .sort(ascending(EventDocuments.GLOBAL_SEQUENCE))
                .into(new ArrayList<>(numbers.size()));
    }

    private GapAwareTrackingToken withoutDeadGaps(GapAwareTrackingToken token) {
        SortedSet<Long> waiting = new TreeSet<>(token.getGaps());
        events.find(in(EventDocuments.GLOBAL_SEQUENCE, token.getGaps()))
                .projection(include(EventDocuments.GLOBAL_SEQUENCE))
                .forEach(written -> waiting.remove(EventDocuments.globalSequence(written)));
        if (waiting.isEmpty()) {
            return token;
        }
        // The nearest number above a gap that is not itself a gap was delivered, so its event exists.
        Map<Long, Long> witnessOf = waiting.stream()
                .collect(Collectors.toMap(Function.identity(), gap -> nextDelivered(gap, token.getGaps())));
        Map<Long, Instant> recorded = events
                .find(in(EventDocuments.GLOBAL_SEQUENCE, new TreeSet<>(witnessOf.values())))
                .projection(include(EventDocuments.RECORDED_AT))
                .into(new ArrayList<>())
                .stream()
                .collect(Collectors.toMap(
                        EventDocuments::globalSequence,
                        document -> document.getDate(EventDocuments.RECORDED_AT).toInstant()));
        Instant deadline = clock.instant().minus(settings.gapTimeout());
        long highestDead = waiting.stream()
                .filter(gap -> {
                    Instant witnessed = recorded.get(witnessOf.get(gap));
                    return witnessed != null && witnessed.isBefore(deadline);
                })
                .mapToLong(Long::longValue)
                .max()
                .orElse(-1);
        if (highestDead < 0) {
            return token;
        }
        SortedSet<Long> kept = new TreeSet<>(token.getGaps());
        kept.removeIf(gap -> gap <= highestDead && waiting.contains(gap)); // written ones are still delivered
        return GapAwareTrackingToken.newInstance(token.getIndex(), kept);
    }

    private static long nextDelivered(long gap, SortedSet<Long> gaps) {
        long candidate = gap + 1;
        while (gaps.contains(candidate)) {
            candidate++;
        }
        return candidate;
    }

    /**
     * Advances the token event by event, so each event carries the position a processor resumes from.
     *
     * <p>Events are read ahead a chunk at a time, and only then are the token's gaps looked up: an event
     * written into a gap before a later event of its aggregate was read is then found, and delivered
     * first, so every aggregate's events arrive in their order.
     */
    private final class Tracking implements Iterator<TrackedDomainEventData<JsonNode>> {

        private GapAwareTrackingToken token;
        private final Iterator<Document> ahead;
        private final Deque<Document> ready = new ArrayDeque<>();
        private boolean swept;

        Tracking(GapAwareTrackingToken token, Iterator<Document> ahead) {
            this.token = token;
            this.ahead = ahead;
        }

        @Override
        public boolean hasNext() {
            while (ready.isEmpty() && !swept) {
                List<Document> chunk = new ArrayList<>();
                while (chunk.size() < settings.batchSize() && ahead.hasNext()) {
                    chunk.add(ahead.next());
                }
                swept = chunk.isEmpty(); // the last look at the gaps, once everything ahead was read
                if (token != null && !token.getGaps().isEmpty()) {
                    ready.addAll(lookup(token.getGaps()));
                }
                ready.addAll(chunk);
            }
            return !ready.isEmpty();
        }

        @Override
        public TrackedDomainEventData<JsonNode> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Document document = ready.poll();
            long sequence = EventDocuments.globalSequence(document);
            token = token == null
                    ? GapAwareTrackingToken.newInstance(
                            sequence,
                            LongStream.range(Math.max(0, sequence - settings.maxGapOffset()), sequence)
                                    .boxed()
                                    .toList())
                    : token.advanceTo(sequence, settings.maxGapOffset());
            return new TrackedDomainEventData<>(token, EventDocuments.toEventData(document));
        }
    }
}
