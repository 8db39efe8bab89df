package org.partnershipledger.core.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Date;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.Codec;
import org.bson.codecs.configuration.CodecRegistry;
import org.partnershipledger.core.DomainEvent;

/**
 * The shape of a stored event: a readable BSON document with the payload and metadata as nested
 * documents, the domain date it happened on and the time the ledger recorded it.
 */
final class EventDocuments {

    static final String GLOBAL_SEQUENCE = "_id";
    static final String AGGREGATE_IDENTIFIER = "aggregateIdentifier";
    static final String SEQUENCE_NUMBER = "sequenceNumber";
    static final String AGGREGATE_TYPE = "aggregateType";
    static final String EVENT_IDENTIFIER = "eventIdentifier";
    static final String PAYLOAD_TYPE = "payloadType";
    static final String PAYLOAD_REVISION = "payloadRevision";
    static final String PAYLOAD = "payload";
    static final String META_DATA = "metaData";
    static final String OCCURRED_ON = "occurredOn";
    static final String RECORDED_AT = "recordedAt";

    private EventDocuments() {}

    /**
     * Events not published by an aggregate are stored under their own identifier at sequence 0, so the
     * unique (aggregate, sequence) index holds for them too.
     */
    static Document toDocument(Object id, EventMessage<?> event, Serializer serializer) {
        SerializedObject<JsonNode> payload = serializer.serialize(event.getPayload(), JsonNode.class);
        SerializedObject<JsonNode> metaData = serializer.serialize(event.getMetaData(), JsonNode.class);
        Document document = new Document("_id", id);
        if (event instanceof DomainEventMessage<?> domainEvent) {
            document.append(AGGREGATE_IDENTIFIER, domainEvent.getAggregateIdentifier())
                    .append(SEQUENCE_NUMBER, domainEvent.getSequenceNumber())
                    .append(AGGREGATE_TYPE, domainEvent.getType());
        } else {
            document.append(AGGREGATE_IDENTIFIER, event.getIdentifier())
                    .append(SEQUENCE_NUMBER, 0L)
                    .append(AGGREGATE_TYPE, null);
        }
        return document.append(EVENT_IDENTIFIER, event.getIdentifier())
                .append(PAYLOAD_TYPE, payload.getType().getName())
                .append(PAYLOAD_REVISION, payload.getType().getRevision())
                .append(PAYLOAD, JsonBson.toBson(payload.getData()))
                .append(META_DATA, JsonBson.toBson(metaData.getData()))
                .append(OCCURRED_ON, occurredOn(event.getPayload()))
                .append(RECORDED_AT, Date.from(event.getTimestamp()));
    }

    /**
     * The document as the driver sends it to the store, encoded and decoded again: whatever the encoding
     * changes (text that is not valid Unicode becomes U+FFFD) is changed before the chain hashes it, so the
     * hash is over exactly what is stored.
     */
    static Document asSent(Document document, CodecRegistry codecs) {
        Codec<Document> codec = codecs.get(Document.class);
        return new RawBsonDocument(document, codec).decode(codec);
    }

    private static String occurredOn(Object payload) {
        return payload instanceof DomainEvent event && event.occurredOn() != null
                ? event.occurredOn().toString()
                : null;
    }

    static StoredEvent toEventData(Document document) {
        return new StoredEvent(
                document.getString(AGGREGATE_TYPE),
                document.getString(AGGREGATE_IDENTIFIER),
                document.get(SEQUENCE_NUMBER, Number.class).longValue(),
                document.getString(EVENT_IDENTIFIER),
                document.getDate(RECORDED_AT).toInstant(),
                new SimpleSerializedType(document.getString(PAYLOAD_TYPE), document.getString(PAYLOAD_REVISION)),
                JsonBson.toJson(document.get(PAYLOAD)),
                JsonBson.toJson(document.get(META_DATA)));
    }

    static long globalSequence(Document document) {
        return document.get(GLOBAL_SEQUENCE, Number.class).longValue();
    }

    /** An event or snapshot as read back from the store, still serialized. */
    record StoredEvent(
            String type,
            String aggregateIdentifier,
            long sequenceNumber,
            String eventIdentifier,
            Instant recordedAt,
            SerializedType payloadType,
            JsonNode payload,
            JsonNode metaData)
            implements DomainEventData<JsonNode> {

        @Override
        public String getType() {
            return type;
        }

        @Override
        public String getAggregateIdentifier() {
            return aggregateIdentifier;
        }

        @Override
        public long getSequenceNumber() {
            return sequenceNumber;
        }

        @Override
        public String getEventIdentifier() {
            return eventIdentifier;
        }

        @Override
        public Instant getTimestamp() {
            return recordedAt;
        }

        @Override
        public SerializedObject<JsonNode> getMetaData() {
            return new SimpleSerializedObject<>(
                    metaData, JsonNode.class, org.axonframework.messaging.MetaData.class.getName(), null);
        }

        @Override
        public SerializedObject<JsonNode> getPayload() {
            return new SimpleSerializedObject<>(payload, JsonNode.class, payloadType);
        }
    }
}
