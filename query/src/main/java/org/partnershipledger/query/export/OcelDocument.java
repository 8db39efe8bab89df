package org.partnershipledger.query.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An object-centric event log as the OCEL 2.0 JSON format lays it out: declared object and event types
 * with typed attributes, objects with timed attribute values and object-to-object relationships, and
 * events with attribute values and qualified event-to-object relationships. It checks as it is built that
 * every value has the type its declaration says. Every value is written as a JSON string, as the official
 * OCEL 2.0 JSON schema requires, in the lexical form of its declared type (an integer's digits, {@code true}
 * or {@code false}, an ISO 8601 time); readers convert it by the declaration.
 */
final class OcelDocument {

    static final String STRING = "string";
    static final String INTEGER = "integer";
    static final String TIME = "time";
    static final String BOOLEAN = "boolean";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** One attribute value as the text it is written as, and the OCEL type it has. */
    record Value(String type, String text) {

        static Value of(Object value) {
            if (value instanceof Integer || value instanceof Long) {
                return new Value(INTEGER, value.toString());
            }
            if (value instanceof Boolean) {
                return new Value(BOOLEAN, value.toString());
            }
            if (value instanceof LocalDate day) {
                return new Value(TIME, time(day));
            }
            return new Value(STRING, String.valueOf(value));
        }
    }

    private final Map<String, Map<String, String>> objectTypes;
    private final Map<String, Map<String, String>> eventTypes;
    private final Map<String, ObjectNode> objects = new LinkedHashMap<>();
    private final Map<String, Set<String>> objectRelationships = new LinkedHashMap<>();
    private final List<ObjectNode> events = new ArrayList<>();

    /**
     * @param objectTypes each object type's attributes by name, with their OCEL types
     * @param eventTypes each event type's attributes as declared so far, added to as events are described
     *     (shared by the documents of the partnerships of one log)
     */
    OcelDocument(Map<String, Map<String, String>> objectTypes, Map<String, Map<String, String>> eventTypes) {
        this.objectTypes = objectTypes;
        this.eventTypes = eventTypes;
    }

    static String time(LocalDate day) {
        return TIMESTAMP.format(day.atStartOfDay().atOffset(ZoneOffset.UTC));
    }

    boolean hasObject(String id) {
        return objects.containsKey(id);
    }

    /** Adds the object unless it is there already; its id must be unique across types. */
    void object(String id, String type) {
        if (!objectTypes.containsKey(type)) {
            throw new IllegalArgumentException("undeclared object type " + type);
        }
        ObjectNode existing = objects.get(id);
        if (existing != null) {
            if (!existing.path("type").asText().equals(type)) {
                throw new IllegalArgumentException(
                        id + " is a " + existing.path("type").asText() + ", not a " + type);
            }
            return;
        }
        ObjectNode object = JSON.createObjectNode();
        object.put("id", id);
        object.put("type", type);
        object.putArray("attributes");
        object.putArray("relationships");
        objects.put(id, object);
        objectRelationships.put(id, new LinkedHashSet<>());
    }

    /** The object's attribute takes this value from that day on. */
    void objectAttribute(String id, String name, Object value, LocalDate from) {
        ObjectNode object = objects.get(id);
        String declared = objectTypes.get(object.path("type").asText()).get(name);
        Value typed = Value.of(value);
        if (!typed.type().equals(declared)) {
            throw new IllegalArgumentException(
                    name + " of " + id + " is declared " + declared + ", not " + typed.type());
        }
        ObjectNode attribute = ((ArrayNode) object.get("attributes")).addObject();
        attribute.put("name", name);
        attribute.put("value", typed.text());
        attribute.put("time", time(from));
    }

    void objectRelationship(String from, String to, String qualifier) {
        if (objectRelationships.get(from).add(to + "\n" + qualifier)) {
            ObjectNode relationship = ((ArrayNode) objects.get(from).get("relationships")).addObject();
            relationship.put("objectId", to);
            relationship.put("qualifier", qualifier);
        }
    }

    /** An event of that type; its type's attributes are declared from the values its events carry. */
    Event event(String id, String type, LocalDate on) {
        ObjectNode event = JSON.createObjectNode();
        event.put("id", id);
        event.put("type", type);
        event.put("time", time(on));
        event.putArray("attributes");
        event.putArray("relationships");
        events.add(event);
        eventTypes.computeIfAbsent(type, name -> new LinkedHashMap<>());
        return new Event(event, eventTypes.get(type));
    }

    /** An event being described. */
    final class Event {

        private final ObjectNode node;
        private final Map<String, String> declared;
        private final Set<String> related = new LinkedHashSet<>();

        private Event(ObjectNode node, Map<String, String> declared) {
            this.node = node;
            this.declared = declared;
        }

        Event attribute(String name, Object value) {
            if (value == null) {
                return this;
            }
            Value typed = Value.of(value);
            String type = declared.computeIfAbsent(name, key -> typed.type());
            if (!type.equals(typed.type())) {
                throw new IllegalArgumentException(name + " is declared " + type + ", not " + typed.type());
            }
            ObjectNode attribute = ((ArrayNode) node.get("attributes")).addObject();
            attribute.put("name", name);
            attribute.put("value", typed.text());
            return this;
        }

        /** Relates the event to an object that must exist already. */
        Event relate(String objectId, String qualifier) {
            if (!objects.containsKey(objectId)) {
                throw new IllegalArgumentException("no object " + objectId);
            }
            if (related.add(objectId + "\n" + qualifier)) {
                ObjectNode relationship = ((ArrayNode) node.get("relationships")).addObject();
                relationship.put("objectId", objectId);
                relationship.put("qualifier", qualifier);
            }
            return this;
        }
    }

    /** The objects in the order they were first mentioned. */
    Collection<ObjectNode> objects() {
        return objects.values();
    }

    /** The events in the order they were described. */
    List<ObjectNode> events() {
        return events;
    }

    /**
     * Takes in an object of another document: added if this one has none of its id, else its attribute
     * values are added to those here and its relationships to those here that it does not repeat.
     */
    void merge(ObjectNode other) {
        String id = other.path("id").asText();
        object(id, other.path("type").asText());
        ((ArrayNode) objects.get(id).get("attributes")).addAll((ArrayNode) other.get("attributes"));
        for (JsonNode relationship : other.path("relationships")) {
            objectRelationship(
                    id,
                    relationship.path("objectId").asText(),
                    relationship.path("qualifier").asText());
        }
    }

    /** Types as OCEL declares them: each with its name and its attributes' names and types. */
    static ArrayNode types(Map<String, Map<String, String>> types) {
        ArrayNode array = JSON.createArrayNode();
        types.forEach((name, attributes) -> {
            ObjectNode type = array.addObject();
            type.put("name", name);
            ArrayNode declared = type.putArray("attributes");
            attributes.forEach((attribute, attributeType) ->
                    declared.addObject().put("name", attribute).put("type", attributeType));
        });
        return array;
    }
}
