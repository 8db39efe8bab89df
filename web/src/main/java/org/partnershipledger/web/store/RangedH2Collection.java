package org.partnershipledger.web.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * A collection of the embedded server that serves range queries from its unique indexes ({@link IndexRanges}),
 * so that reading a page of an aggregate's events costs the page, wherever in the stream it is.
 */
final class RangedH2Collection extends H2Collection {

    private final MVStore store;
    private final String indexPrefix;
    private final LongAdder scanned = new LongAdder();

    RangedH2Collection(
            MongoDatabase database,
            String collectionName,
            CollectionOptions options,
            MVMap<Object, Document> data,
            MVMap<String, Object> meta,
            CursorRegistry cursors,
            MVStore store,
            String indexPrefix) {
        super(database, collectionName, options, data, meta, cursors);
        this.store = store;
        this.indexPrefix = indexPrefix;
    }

    @Override
    protected QueryResult queryDocuments(
            Document query, Document orderBy, int skip, int limit, int batchSize, Document fieldSelector) {
        Document conditions = flattened(query);
        for (Index<Object> index : getIndexes()) {
            Optional<IndexRanges> range = IndexRanges.of(index, conditions);
            String map = indexPrefix + index.getName();
            if (range.isPresent() && store.hasMap(map)) {
                MVMap<KeyValue, Object> entries =
                        store.openMap(map, new MVMap.Builder<KeyValue, Object>().keyType(IndexKeyType.INSTANCE));
                // In index order already: not sorting lets a limit stop reading at the end of the page.
                Document order = range.get().inOrderOf(orderBy) ? null : orderBy;
                return matchDocuments(
                        query, range.get().positionsIn(entries), order, skip, limit, batchSize, fieldSelector);
            }
        }
        for (Index<Object> index : getIndexes()) {
            List<Object> listed = listedPositions(index, conditions);
            if (listed != null) {
                // The index found exactly the listed values: matching each document against the list again
                // would cost the list's length per document, quadratic in it (a thousand numbers at the tail).
                Document rest = new Document(conditions);
                rest.remove(index.getKeys().get(0).getKey());
                return matchDocuments(rest, listed, orderBy, skip, limit, batchSize, fieldSelector);
            }
            Document exact = exactPart(index, conditions);
            if (exact != null) {
                return matchDocuments(
                        conditions, index.getPositions(exact), orderBy, skip, limit, batchSize, fieldSelector);
            }
        }
        scanned.add(count());
        return super.queryDocuments(conditions, orderBy, skip, limit, batchSize, fieldSelector);
    }

    /** How many documents queries no index serves have read, so a query that scans can be caught. */
    long scanned() {
        return scanned.sum();
    }

    /**
     * The documents a query for a list of values of a one-key unique index names ({@code $in}), found one by
     * one in the index, as an event processor asks for the events at the tail; the server scans for these.
     */
    private static List<Object> listedPositions(Index<Object> index, Document conditions) {
        List<IndexKey> keys = index.getKeys();
        if (keys.size() != 1
                || !(conditions.get(keys.get(0).getKey()) instanceof Document condition)
                || condition.size() != 1
                || !(condition.get("$in") instanceof Collection<?> values)
                || values.stream()
                        .anyMatch(value -> value == null || value instanceof Document || value instanceof List<?>)) {
            return null;
        }
        Set<Object> positions = new LinkedHashSet<>();
        for (Object value : values) {
            Document exact = new Document(keys.get(0).getKey(), value);
            if (!index.canHandle(exact)) {
                return null;
            }
            Object position = index.getPosition(exact);
            if (position != null) {
                positions.add(position);
            }
        }
        return new ArrayList<>(positions);
    }

    /**
     * The conditions on all of a unique index's keys, if they are exact values and the query asks for more
     * (the server itself uses an index only when the query names its keys and nothing else).
     */
    private static Document exactPart(Index<Object> index, Document conditions) {
        List<String> keys = index.getKeys().stream().map(IndexKey::getKey).toList();
        if (keys.size() >= conditions.size() || !conditions.keySet().containsAll(keys)) {
            return null;
        }
        Document exact = new Document();
        for (String key : keys) {
            Object value = conditions.get(key);
            if (value == null || value instanceof Document || value instanceof List<?>) {
                return null;
            }
            exact.put(key, value);
        }
        return index.canHandle(exact) ? exact : null;
    }

    /**
     * The driver writes every {@code Filters.and} as {@code $and} of one-field documents, which the server
     * scans for; the same conditions as one document, or the query itself if they do not merge that way.
     */
    static Document flattened(Document query) {
        if (query.size() != 1 || !(query.get("$and") instanceof List<?> parts)) {
            return query;
        }
        Document merged = new Document();
        for (Object part : parts) {
            if (!(part instanceof Document conditions)) {
                return query;
            }
            for (String field : conditions.keySet()) {
                Object condition = conditions.get(field);
                if (field.startsWith("$")) {
                    return query;
                }
                if (merged.containsKey(field)) {
                    // Two ranges on one field merge; anything else (two equalities, an equality and a range) does not.
                    if (!(merged.get(field) instanceof Document range)
                            || !(condition instanceof Document more)
                            || range.keySet().stream()
                                    .anyMatch(operator -> !operator.startsWith("$") || more.containsKey(operator))
                            || more.keySet().stream().anyMatch(operator -> !operator.startsWith("$"))) {
                        return query;
                    }
                    Document both = new Document(range);
                    both.putAll(more);
                    merged.put(field, both);
                } else {
                    merged.put(field, condition);
                }
            }
        }
        return merged;
    }
}
