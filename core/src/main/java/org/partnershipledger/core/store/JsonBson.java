package org.partnershipledger.core.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;

/**
 * Converts Jackson trees to BSON values and back without going through JSON text, so that numbers keep
 * their exact type (a decimal amount stays a Decimal128, a long stays an Int64) and stored events can be
 * read by a person in any MongoDB client.
 */
final class JsonBson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonBson() {}

    static Object toBson(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> {
                Document document = new Document();
                node.fields().forEachRemaining(field -> document.append(field.getKey(), toBson(field.getValue())));
                yield document;
            }
            case ARRAY -> {
                List<Object> values = new ArrayList<>(node.size());
                node.forEach(element -> values.add(toBson(element)));
                yield values;
            }
            case STRING -> node.textValue();
            case BOOLEAN -> node.booleanValue();
            case NUMBER -> number(node);
            case BINARY -> new Binary(binary(node));
            case NULL, MISSING -> null;
            case POJO -> node.toString();
        };
    }

    private static Object number(JsonNode node) {
        if (node.isInt() || node.isShort()) {
            return node.intValue();
        }
        if (node.isLong()) {
            return node.longValue();
        }
        if (node.isBigDecimal() || node.isBigInteger()) {
            return new Decimal128(node.decimalValue());
        }
        return node.doubleValue();
    }

    private static byte[] binary(JsonNode node) {
        try {
            return node.binaryValue();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Binary node without binary value", e);
        }
    }

    static JsonNode toJson(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                object.set(String.valueOf(entry.getKey()), toJson(entry.getValue()));
            }
            return object;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode(list.size());
            for (Iterator<?> it = list.iterator(); it.hasNext(); ) {
                array.add(toJson(it.next()));
            }
            return array;
        }
        if (value instanceof String text) {
            return NODES.textNode(text);
        }
        if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        }
        if (value instanceof Integer number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Long number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Double number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Decimal128 number) {
            return NODES.numberNode(number.bigDecimalValue());
        }
        if (value instanceof BigDecimal number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Binary binary) {
            return NODES.binaryNode(binary.getData());
        }
        // Dates, object ids and the like are never written by the ledger; a hand-edited document keeps its text.
        return NODES.textNode(String.valueOf(value));
    }
}
