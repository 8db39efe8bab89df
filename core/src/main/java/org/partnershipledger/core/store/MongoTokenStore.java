package org.partnershipledger.core.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.UnableToInitializeTokenException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Processor positions in MongoDB, one document per processor segment, in the same database as the read
 * models they belong to. A segment is claimed by one node at a time; a claim not extended within the
 * claim timeout may be taken over.
 */
public class MongoTokenStore implements TokenStore {

    public static final String TOKENS = "tokens";
    private static final String STORAGE_IDENTIFIER_ID = "storage-identifier";
    private static final String PROCESSOR = "processorName";
    private static final String SEGMENT = "segment";
    private static final String OWNER = "owner";
    private static final String CLAIMED_AT = "claimedAt";
    private static final String TOKEN = "token";
    private static final String TOKEN_TYPE = "tokenType";

    private final MongoCollection<Document> tokens;
    private final Serializer serializer;
    private final String owner;
    private final Duration claimTimeout;
    private final Clock clock;

    public MongoTokenStore(MongoDatabase database, Serializer serializer) {
        this(
                database,
                serializer,
                ManagementFactory.getRuntimeMXBean().getName(),
                Duration.ofSeconds(10),
                Clock.systemUTC());
    }

    public MongoTokenStore(
            MongoDatabase database, Serializer serializer, String owner, Duration claimTimeout, Clock clock) {
        this.tokens = database.getCollection(TOKENS);
        this.serializer = serializer;
        this.owner = owner;
        this.claimTimeout = claimTimeout;
        this.clock = clock;
    }

    private static String id(String processorName, int segment) {
        return processorName + "/" + segment;
    }

    @Override
    public boolean requiresExplicitSegmentInitialization() {
        return true;
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount) {
        initializeTokenSegments(processorName, segmentCount, null);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken) {
        if (fetchSegments(processorName).length > 0) {
            throw new UnableToClaimTokenException(
                    "Could not initialize segments: processor " + processorName + " already has tokens");
        }
        List<Document> segments = IntStream.range(0, segmentCount)
                .mapToObj(segment -> tokenDocument(processorName, segment, initialToken))
                .toList();
        try {
            tokens.insertMany(segments);
        } catch (MongoBulkWriteException e) {
            throw new UnableToClaimTokenException(
                    "Could not initialize segments: another node initialized processor " + processorName);
        }
    }

    @Override
    public void initializeSegment(TrackingToken token, String processorName, int segment) {
        try {
            tokens.insertOne(tokenDocument(processorName, segment, token));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            throw new UnableToInitializeTokenException(
                    "Could not initialize segment " + segment + " of processor " + processorName + ": it exists");
        }
    }

    private Document tokenDocument(String processorName, int segment, TrackingToken token) {
        SerializedObject<JsonNode> serialized = token == null ? null : serialize(token);
        return new Document("_id", id(processorName, segment))
                .append(PROCESSOR, processorName)
                .append(SEGMENT, segment)
                .append(OWNER, null)
                .append(CLAIMED_AT, null)
                .append(TOKEN, serialized == null ? null : JsonBson.toBson(serialized.getData()))
                .append(
                        TOKEN_TYPE,
                        serialized == null ? null : serialized.getType().getName());
    }

    @Override
    public void storeToken(TrackingToken token, String processorName, int segment) {
        SerializedObject<JsonNode> serialized = token == null ? null : serialize(token);
        Bson update = combine(
                set(TOKEN, serialized == null ? null : JsonBson.toBson(serialized.getData())),
                set(TOKEN_TYPE, serialized == null ? null : serialized.getType().getName()),
                set(OWNER, owner),
                set(CLAIMED_AT, now()));
        if (tokens.findOneAndUpdate(claimable(processorName, segment), update) == null) {
            throw notClaimed(processorName, segment);
        }
    }

    @Override
    public TrackingToken fetchToken(String processorName, int segment) {
        Document claimed = tokens.findOneAndUpdate(
                claimable(processorName, segment),
                combine(set(OWNER, owner), set(CLAIMED_AT, now())),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE));
        if (claimed == null) {
            throw notClaimed(processorName, segment);
        }
        return deserialize(claimed);
    }

    @Override
    public TrackingToken fetchToken(String processorName, Segment segment) {
        return fetchToken(processorName, segment.getSegmentId());
    }

    @Override
    public void extendClaim(String processorName, int segment) {
        if (tokens.updateOne(owned(processorName, segment), set(CLAIMED_AT, now()))
                        .getMatchedCount()
                == 0) {
            throw notClaimed(processorName, segment);
        }
    }

    @Override
    public void releaseClaim(String processorName, int segment) {
        tokens.updateOne(owned(processorName, segment), combine(set(OWNER, null), set(CLAIMED_AT, null)));
    }

    @Override
    public void deleteToken(String processorName, int segment) {
        if (tokens.deleteOne(owned(processorName, segment)).getDeletedCount() == 0) {
            throw notClaimed(processorName, segment);
        }
    }

    @Override
    public int[] fetchSegments(String processorName) {
        return tokens.find(eq(PROCESSOR, processorName)).into(new ArrayList<>()).stream()
                .mapToInt(document -> document.getInteger(SEGMENT))
                .sorted()
                .toArray();
    }

    @Override
    public List<Segment> fetchAvailableSegments(String processorName) {
        int[] all = fetchSegments(processorName);
        Date expired = Date.from(clock.instant().minus(claimTimeout));
        return tokens.find(and(eq(PROCESSOR, processorName), claimableBy(expired))).into(new ArrayList<>()).stream()
                .map(document -> Segment.computeSegment(document.getInteger(SEGMENT), all))
                .toList();
    }

    /**
     * Where each segment of the processor stands, read without claiming it: the processor may run on another
     * node. A segment that has handled nothing yet stands at null.
     */
    public List<TrackingToken> positions(String processorName) {
        List<TrackingToken> positions = new ArrayList<>();
        tokens.find(eq(PROCESSOR, processorName)).forEach(document -> positions.add(deserialize(document)));
        return positions;
    }

    @Override
    public Optional<String> retrieveStorageIdentifier() {
        Document identifier = tokens.findOneAndUpdate(
                eq("_id", STORAGE_IDENTIFIER_ID),
                com.mongodb.client.model.Updates.setOnInsert(
                        "identifier", UUID.randomUUID().toString()),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return Optional.of(identifier.getString("identifier"));
    }

    private Bson claimable(String processorName, int segment) {
        return and(
                eq("_id", id(processorName, segment)),
                claimableBy(Date.from(clock.instant().minus(claimTimeout))));
    }

    private Bson claimableBy(Date expired) {
        return or(eq(OWNER, owner), eq(OWNER, null), lt(CLAIMED_AT, expired));
    }

    private Bson owned(String processorName, int segment) {
        return and(eq("_id", id(processorName, segment)), eq(OWNER, owner));
    }

    private Date now() {
        return Date.from(clock.instant());
    }

    private UnableToClaimTokenException notClaimed(String processorName, int segment) {
        boolean exists = tokens.find(eq("_id", id(processorName, segment))).first() != null;
        return new UnableToClaimTokenException(
                exists
                        ? "Segment " + segment + " of processor " + processorName + " is claimed by another node"
                        : "Segment " + segment + " of processor " + processorName + " has not been initialized");
    }

    private SerializedObject<JsonNode> serialize(TrackingToken token) {
        return serializer.serialize(token, JsonNode.class);
    }

    private TrackingToken deserialize(Document document) {
        Object token = document.get(TOKEN);
        if (token == null) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(
                JsonBson.toJson(token), JsonNode.class, document.getString(TOKEN_TYPE), null));
    }
}
