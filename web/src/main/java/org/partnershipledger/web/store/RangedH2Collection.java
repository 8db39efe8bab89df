package org.partnershipledger.web.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Optional;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * A collection of the embedded server that serves range queries from its unique indexes ({@link IndexRanges}),
 * so that reading a page of an aggregate's events costs the page, wherever in the stream it is.
 */
final class RangedH2Collection extends H2Collection {

    private final MVStore store;
    private final String indexPrefix;

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
        for (Index<Object> index : getIndexes()) {
            Optional<IndexRanges> range = IndexRanges.of(index, query);
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
        return super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
    }
}
