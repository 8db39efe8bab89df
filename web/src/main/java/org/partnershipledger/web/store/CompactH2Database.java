package org.partnershipledger.web.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The embedded server's database with its maps opened in compact types ({@link IndexKeyType},
 * {@link BsonDocumentType}). H2 hands an already open map to whoever opens it by name, so opening each
 * map with its type before the server does is enough.
 */
final class CompactH2Database extends H2Database {

    private static final String DATA_PREFIX = "databases.";
    private static final String INDEX_INFIX = "._index_";
    private static final String META_PREFIX = "meta.";
    private static final String NAMESPACES = "system.namespaces";

    // The parent constructor opens the existing collections before this one's fields are set.
    private static final ThreadLocal<MVStore> OPENING = new ThreadLocal<>();

    private MVStore store; // null while the parent constructor opens existing maps (opened in advance)

    private CompactH2Database(String name, MVStore store, CursorRegistry cursors) {
        super(name, store, cursors);
        this.store = store;
    }

    static CompactH2Database open(String name, MVStore store, CursorRegistry cursors) {
        // The parent constructor creates this collection itself, before overrides here can act.
        openDataMap(store, DATA_PREFIX + name + "." + NAMESPACES);
        for (String map : store.getMapNames()) {
            if (map.startsWith(DATA_PREFIX + name + ".")) {
                openDataMap(store, map);
            } else if (map.startsWith(name + ".") && map.contains(INDEX_INFIX)) {
                openIndexMap(store, map);
            }
        }
        OPENING.set(store);
        try {
            return new CompactH2Database(name, store, cursors);
        } finally {
            OPENING.remove();
        }
    }

    private static MVMap<Object, Document> openDataMap(MVStore store, String map) {
        return store.openMap(map, new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE));
    }

    private static void openIndexMap(MVStore store, String map) {
        store.openMap(map, new MVMap.Builder<KeyValue, Object>().keyType(IndexKeyType.INSTANCE));
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(
            String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        if (store != null) {
            openIndexMap(store, getFullCollectionNamespace(collectionName) + INDEX_INFIX + indexName);
        }
        return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
    }

    /** As the parent opens it, but serving range queries from its indexes ({@link RangedH2Collection}). */
    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        MVStore mvStore = store != null ? store : OPENING.get();
        String namespace = getFullCollectionNamespace(collectionName);
        MVMap<Object, Document> data = openDataMap(mvStore, DATA_PREFIX + namespace);
        MVMap<String, Object> meta = mvStore.openMap(META_PREFIX + namespace);
        return new RangedH2Collection(
                this, collectionName, options, data, meta, cursorRegistry, mvStore, namespace + INDEX_INFIX);
    }
}
