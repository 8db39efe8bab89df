package org.partnershipledger.query.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.query.phase.PhaseModels;

class OcelLogTest {

    @Test
    void theLogIsValidOcelTwoJson() throws Exception {
        JsonNode log = write(ExportHistory.withStanceRecordedOnBehalf());

        assertValid(log);
    }

    @Test
    void theOfficialSchemaFindsAValueWrittenAsANumber() throws Exception {
        ObjectNode log = (ObjectNode) write(ExportHistory.events());
        ((ObjectNode) log.path("events").get(0).path("attributes").get(0)).put("value", 0);

        assertThat(FormatStandards.ocelViolations(log.toString()))
                .singleElement()
                .asString()
                .contains("/events/0/attributes/0/value");
    }

    @Test
    void everyAttributeValueIsWrittenAsAStringInItsDeclaredTypesForm() throws Exception {
        JsonNode log = write(ExportHistory.withStanceRecordedOnBehalf());

        assertThat(values(object(log, "version:" + ExportHistory.ID + ":1"), "number"))
                .containsExactly("1");
        JsonNode first = log.path("events").get(0).path("attributes");
        assertThat(first.findValues("value"))
                .allSatisfy(value -> assertThat(value.isTextual()).isTrue());
        assertThat(log.path("events").findValues("value"))
                .extracting(JsonNode::asText)
                .contains("true", "false", "2005-01-22T00:00:00Z");
    }

    @Test
    void theSevenObjectTypesOfAPartnershipAreDeclaredAndUsed() throws Exception {
        JsonNode log = write(ExportHistory.events());

        assertThat(log.path("objectTypes").findValuesAsText("name"))
                .contains(
                        "partnership",
                        "partner organisation",
                        "person",
                        "agreement version",
                        "meeting",
                        "decision",
                        "conflict");
        Set<String> used = new HashSet<>();
        log.path("objects").forEach(object -> used.add(object.path("type").asText()));
        assertThat(used).hasSize(7);
    }

    @Test
    void eventsAreRelatedToTheirObjectsWithQualifiers() throws Exception {
        JsonNode log = write(ExportHistory.events());

        assertThat(qualifiers(log, "Agreement signed")).contains("signer", "signing partner", "version");
        assertThat(qualifiers(log, "Agreement proposed")).contains("proposer", "version");
        assertThat(qualifiers(log, "Proposal recorded")).contains("proposer", "decision", "meeting");
        assertThat(qualifiers(log, "Conflict raised")).contains("raiser", "concerned", "conflict");
        assertThat(qualifiers(log, "Partner withdrew")).contains("withdrawing", "partnership");
        assertThat(qualifiers(log, "Conflict escalated")).contains("mediator");
    }

    @Test
    void aStanceRecordedOnBehalfIsRelatedToItsRecorderAndItsContestToWhoContested() throws Exception {
        JsonNode log = write(ExportHistory.withStanceRecordedOnBehalf());

        assertValid(log);
        assertThat(qualifiers(log, "Stance recorded")).contains("recorded by", "given by");
        assertThat(qualifiers(log, "Stance contested")).contains("contested by", "decision");
        assertThat(values(object(log, "decision:d-2"), "outcome")).containsExactly("PENDING", "ADOPTED", "PENDING");
    }

    @Test
    void aDecisionsOutcomeAndAConflictsStateChangeOverTime() throws Exception {
        JsonNode log = write(ExportHistory.events());

        assertThat(values(object(log, "decision:d-1"), "outcome")).containsExactly("PENDING", "ADOPTED");
        assertThat(values(object(log, "conflict:c-1"), "state")).containsExactly("RAISED", "ESCALATED", "RESOLVED");
    }

    @Test
    void aPersonInTwoPartnershipsIsOneObjectAndEveryEventIdIsUnique() throws Exception {
        List<HistoryEvent> history = ExportHistory.events();
        ExportedPartnership first = ExportHistory.exported(history);
        ExportedPartnership second = new ExportedPartnership("another", history, first.reader(), first.head());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OcelLog.write(List.of(first, second), PhaseModels.firo(), out);
        JsonNode log = new ObjectMapper().readTree(out.toByteArray());

        assertValid(log);
        assertThat(log.path("events")).hasSize(2 * history.size());
        assertThat(log.path("objects").findValuesAsText("id"))
                .containsOnlyOnce("person:" + ExportHistory.INGE.value())
                .contains("partnership:" + ExportHistory.ID, "partnership:another");
    }

    /**
     * Valid by the official OCEL 2.0 JSON schema, and what the format prescribes beyond it: declared types,
     * values of the declared type, relationships to objects that exist.
     */
    static void assertValid(JsonNode log) {
        assertThat(FormatStandards.ocelViolations(log.toString())).isEmpty();
        Map<String, Map<String, String>> objectTypes = declarations(log.path("objectTypes"));
        Map<String, Map<String, String>> eventTypes = declarations(log.path("eventTypes"));
        Set<String> objectIds = new HashSet<>();
        for (JsonNode object : log.path("objects")) {
            assertThat(objectIds.add(object.path("id").asText()))
                    .as("unique object id")
                    .isTrue();
        }
        for (JsonNode object : log.path("objects")) {
            Map<String, String> declared = objectTypes.get(object.path("type").asText());
            assertThat(declared).as("type of " + object).isNotNull();
            for (JsonNode attribute : object.path("attributes")) {
                assertTyped(
                        attribute.path("value"),
                        declared.get(attribute.path("name").asText()));
                OffsetDateTime.parse(attribute.path("time").asText());
            }
            relationships(object, objectIds);
        }
        Set<String> eventIds = new HashSet<>();
        for (JsonNode event : log.path("events")) {
            assertThat(eventIds.add(event.path("id").asText()))
                    .as("unique event id")
                    .isTrue();
            Map<String, String> declared = eventTypes.get(event.path("type").asText());
            assertThat(declared).as("type of " + event).isNotNull();
            OffsetDateTime.parse(event.path("time").asText());
            for (JsonNode attribute : event.path("attributes")) {
                assertTyped(
                        attribute.path("value"),
                        declared.get(attribute.path("name").asText()));
            }
            relationships(event, objectIds);
        }
    }

    private static void relationships(JsonNode node, Set<String> objectIds) {
        for (JsonNode relationship : node.path("relationships")) {
            assertThat(objectIds).contains(relationship.path("objectId").asText());
            assertThat(relationship.path("qualifier").asText()).isNotBlank();
        }
    }

    /** A value is a string (the schema says so) in the form of its declared type. */
    private static void assertTyped(JsonNode value, String type) {
        assertThat(type).as("declared type of " + value).isNotNull();
        assertThat(value.isTextual()).as(value.toString()).isTrue();
        switch (type) {
            case "string" -> {}
            case "integer" -> Long.parseLong(value.asText());
            case "float" -> Double.parseDouble(value.asText());
            case "boolean" -> assertThat(value.asText()).isIn("true", "false");
            case "time" -> OffsetDateTime.parse(value.asText());
            default -> throw new AssertionError("not an OCEL 2.0 attribute type: " + type);
        }
    }

    private static Map<String, Map<String, String>> declarations(JsonNode types) {
        Map<String, Map<String, String>> declared = new HashMap<>();
        for (JsonNode type : types) {
            Map<String, String> attributes = new HashMap<>();
            type.path("attributes")
                    .forEach(attribute -> attributes.put(
                            attribute.path("name").asText(),
                            attribute.path("type").asText()));
            declared.put(type.path("name").asText(), attributes);
        }
        return declared;
    }

    private static Set<String> qualifiers(JsonNode log, String eventType) {
        Set<String> qualifiers = new HashSet<>();
        for (JsonNode event : log.path("events")) {
            if (event.path("type").asText().equals(eventType)) {
                qualifiers.addAll(event.path("relationships").findValuesAsText("qualifier"));
            }
        }
        return qualifiers;
    }

    private static JsonNode object(JsonNode log, String id) {
        for (JsonNode object : log.path("objects")) {
            if (object.path("id").asText().equals(id)) {
                return object;
            }
        }
        throw new AssertionError("no object " + id);
    }

    private static List<String> values(JsonNode object, String attribute) {
        return java.util.stream.StreamSupport.stream(object.path("attributes").spliterator(), false)
                .filter(value -> value.path("name").asText().equals(attribute))
                .map(value -> value.path("value").asText())
                .toList();
    }

    private static JsonNode write(List<HistoryEvent> history) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OcelLog.write(List.of(ExportHistory.exported(history)), PhaseModels.firo(), out);
        return new ObjectMapper().readTree(out.toByteArray());
    }
}
