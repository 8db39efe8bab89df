package org.partnershipledger.core.store;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * One AES-256 key per person (or citizen partner), in a collection of its own ({@code personalKeys}),
 * made when the ledger first stores that person's personal data. Erasing a person destroys the key and
 * leaves a tombstone, so their personal data stored before can no longer be read and none is stored after.
 */
public final class PersonalKeys {

    public static final String COLLECTION = "personalKeys";
    private static final String KEY = "key";
    private static final String ERASED_AT = "erasedAt";

    private final MongoCollection<Document> keys;
    private final SecureRandom random = new SecureRandom();

    // Keys are read for every event with personal data; an erasure on this ledger updates the cache at once,
    // one on another node empties it (forgetKept).
    private final Map<String, Optional<SecretKey>> cache = new ConcurrentHashMap<>();
    // Raised by forgetKept, so a key read before it is not kept after it.
    private final AtomicLong generation = new AtomicLong();

    public PersonalKeys(MongoDatabase database) {
        this.keys = database.getCollection(COLLECTION);
    }

    /** The subject's key, made now if they have none; empty once they are erased. */
    Optional<SecretKey> forWriting(String subject) {
        Optional<SecretKey> key = forReading(subject);
        if (key.isPresent() || cache.containsKey(subject)) {
            return key;
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        try {
            keys.insertOne(new Document("_id", subject).append(KEY, new Binary(bytes)));
        } catch (MongoWriteException madeMeanwhile) {
            if (ErrorCategory.fromErrorCode(madeMeanwhile.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw madeMeanwhile;
            }
        }
        cache.remove(subject);
        return forReading(subject);
    }

    /** The subject's key, if they have one and are not erased. */
    Optional<SecretKey> forReading(String subject) {
        Optional<SecretKey> cached = cache.get(subject);
        if (cached != null) {
            return cached;
        }
        long readIn = generation.get();
        Document stored = keys.find(eq("_id", subject)).first();
        if (stored == null) {
            // Not remembered while missing: the key may be made in a moment.
            return Optional.empty();
        }
        Optional<SecretKey> key = stored.containsKey(ERASED_AT)
                ? Optional.empty()
                : Optional.of(new SecretKeySpec(stored.get(KEY, Binary.class).getData(), "AES"));
        cache.put(subject, key);
        if (generation.get() != readIn) {
            cache.remove(subject); // forgotten meanwhile: read again next time
        }
        return key;
    }

    /** Forgets every key read: another node may have destroyed some of them since. */
    public void forgetKept() {
        generation.incrementAndGet();
        cache.clear();
    }

    /** Whether the subject ever had a key: they have personal data here, or had until erased. */
    public boolean has(String subject) {
        return cache.containsKey(subject) || keys.countDocuments(eq("_id", subject)) > 0;
    }

    /** Destroys the subject's key for good; a tombstone records when. */
    public void destroy(String subject) {
        keys.replaceOne(
                eq("_id", subject),
                new Document("_id", subject).append(ERASED_AT, Date.from(Instant.now())),
                new ReplaceOptions().upsert(true));
        cache.put(subject, Optional.empty());
    }
}
