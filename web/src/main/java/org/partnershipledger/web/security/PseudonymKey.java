package org.partnershipledger.web.security;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.bson.types.Binary;
import org.partnershipledger.query.disclosure.Pseudonyms;

/**
 * The secret behind researchers' pseudonyms, made once per ledger and kept in its database, so a person's
 * pseudonym stays the same across restarts and exports. Two nodes starting at once agree on one key.
 */
public final class PseudonymKey {

    public static final String COLLECTION = "secrets";
    private static final String ID = "pseudonym-key";

    private PseudonymKey() {}

    public static byte[] load(MongoDatabase database) {
        MongoCollection<Document> secrets = database.getCollection(COLLECTION);
        Document stored = secrets.find(eq("_id", ID)).first();
        if (stored == null) {
            try {
                secrets.insertOne(new Document("_id", ID).append("key", new Binary(Pseudonyms.newKey())));
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            stored = secrets.find(eq("_id", ID)).first();
        }
        return stored.get("key", Binary.class).getData();
    }
}
