package org.partnershipledger.web.store;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

/**
 * A query the embedded server's own planner reads every document for, served from a unique index's
 * B-tree instead: equal values for all of the index's keys but the last, and for the last a range
 * ({@code $gt}, {@code $gte}, {@code $lt}, {@code $lte} with numbers) or nothing, e.g. an aggregate's
 * events from a sequence number on, or the events after a global position. The server finds index
 * entries only by exact keys (it reads a compound index for nothing else); a MongoDB server serves these
 * queries from the same indexes natively.
 *
 * <p>The range may hold more than the query matches (the server still matches every document it reads),
 * never less: a document has an index entry for each of its key values, in the order MongoDB compares them.
 */
record IndexRanges(List<Object> equal, Bound lower, Bound upper, String lastKey) {

    private static final ValueComparator ORDER = ValueComparator.asc();
    private static final Set<String> RANGE_OPERATORS = Set.of("$gt", "$gte", "$lt", "$lte");

    /** One end of the last key's range; absent ends are open. */
    record Bound(Object value, boolean inclusive) {}

    /** The range of {@code index} the query asks for, if it is one the index serves this way. */
    static Optional<IndexRanges> of(Index<?> index, Document query) {
        List<IndexKey> keys = index.getKeys();
        if (Boolean.TRUE.equals(index.toIndexDescription().get("sparse"))
                || keys.stream().anyMatch(key -> !key.isAscending())
                || !keys.stream().map(IndexKey::getKey).toList().containsAll(query.keySet())) {
            return Optional.empty();
        }
        List<Object> equal = new ArrayList<>();
        for (IndexKey key : keys.subList(0, keys.size() - 1)) {
            if (!(query.get(key.getKey()) instanceof String value)) {
                return Optional.empty();
            }
            equal.add(value);
        }
        String last = keys.get(keys.size() - 1).getKey();
        Object condition = query.get(last);
        if (condition == null && !query.containsKey(last)) {
            return keys.size() > 1 ? Optional.of(new IndexRanges(equal, null, null, last)) : Optional.empty();
        }
        if (!(condition instanceof Document range)
                || range.isEmpty()
                || !RANGE_OPERATORS.containsAll(range.keySet())
                || !range.values().stream().allMatch(Number.class::isInstance)) {
            return Optional.empty(); // exact keys are the server's own business; anything else is scanned
        }
        Bound lower = null;
        Bound upper = null;
        for (Map.Entry<String, Object> operator : range.entrySet()) {
            switch (operator.getKey()) {
                case "$gt" -> lower = tighter(lower, new Bound(operator.getValue(), false), 1);
                case "$gte" -> lower = tighter(lower, new Bound(operator.getValue(), true), 1);
                case "$lt" -> upper = tighter(upper, new Bound(operator.getValue(), false), -1);
                default -> upper = tighter(upper, new Bound(operator.getValue(), true), -1);
            }
        }
        return Optional.of(new IndexRanges(equal, lower, upper, last));
    }

    private static Bound tighter(Bound current, Bound candidate, int direction) {
        if (current == null) {
            return candidate;
        }
        int order = ORDER.compare(candidate.value(), current.value()) * direction;
        return order > 0 || (order == 0 && !candidate.inclusive()) ? candidate : current;
    }

    /** Whether documents read in index order are in the order asked for (nothing asked, or the last key up). */
    boolean inOrderOf(Document orderBy) {
        if (orderBy == null || orderBy.isEmpty()) {
            return true;
        }
        Iterator<Map.Entry<String, Object>> sort = orderBy.entrySet().iterator();
        Map.Entry<String, Object> first = sort.next();
        // The index is unique, so no two documents tie on it: a second sort key never decides anything.
        return first.getKey().equals(lastKey) && first.getValue() instanceof Number up && up.intValue() == 1;
    }

    /** The positions of the documents in the range, in index order, read as they are asked for. */
    Iterable<Object> positionsIn(MVMap<KeyValue, Object> index) {
        List<Object> start = new ArrayList<>(equal);
        if (lower != null) {
            start.add(lower.value());
        }
        return () -> new Iterator<>() {
            private final Cursor<KeyValue, Object> cursor = index.cursor(new KeyValue(start));
            private final Set<Object> seen = new HashSet<>(); // a document with an array value has several entries
            private Object next = advance();

            private Object advance() {
                while (cursor.hasNext()) {
                    KeyValue key = cursor.next();
                    if (!sharesEqualPart(key)) {
                        return null;
                    }
                    Object last = key.get(equal.size());
                    if (lower != null && !lower.inclusive() && ORDER.compare(last, lower.value()) == 0) {
                        continue;
                    }
                    if (upper != null && beyond(last)) {
                        return null;
                    }
                    if (seen.add(cursor.getValue())) {
                        return cursor.getValue();
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Object next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Object current = next;
                next = advance();
                return current;
            }
        };
    }

    private boolean sharesEqualPart(KeyValue key) {
        for (int i = 0; i < equal.size(); i++) {
            if (ORDER.compare(key.get(i), equal.get(i)) != 0) {
                return false;
            }
        }
        return true;
    }

    private boolean beyond(Object value) {
        int order = ORDER.compare(value, upper.value());
        return order > 0 || (order == 0 && !upper.inclusive());
    }
}
