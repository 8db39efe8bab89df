package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reading exports back as the formats' own tools would, independently of the ledger's writers. */
final class ExportFormats {

    private ExportFormats() {}

    /**
     * An OCEL 2.0 attribute's value is a string, as the official JSON schema requires, in the form of the
     * type its declaration names.
     */
    static void assertTyped(JsonNode attribute, Map<String, String> declared) {
        String type = declared.get(attribute.path("name").asText());
        JsonNode value = attribute.path("value");
        assertThat(type).as("declared " + attribute).isNotNull();
        assertThat(value.isTextual()).as(attribute.toString()).isTrue();
        switch (type) {
            case "string" -> {}
            case "integer" -> Long.parseLong(value.asText());
            case "float" -> Double.parseDouble(value.asText());
            case "boolean" ->
                assertThat(value.asText()).as(attribute.toString()).isIn("true", "false");
            case "time" -> OffsetDateTime.parse(value.asText());
            default -> throw new AssertionError("not an OCEL 2.0 attribute type: " + type);
        }
    }

    static Map<String, Map<String, String>> declarations(JsonNode types) {
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

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    static Map<String, String> attributes(Element element) {
        Map<String, String> attributes = new HashMap<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element attribute && attribute.hasAttribute("key")) {
                attributes.put(attribute.getAttribute("key"), attribute.getAttribute("value"));
            }
        }
        return attributes;
    }

    /**
     * Rows of RFC 4180 CSV read by Apache Commons CSV, each ended by CRLF, after the byte-order mark a
     * spreadsheet needs to read the text as UTF-8.
     */
    static List<List<String>> csv(String text) {
        assertThat(text).as("starts with a byte-order mark").startsWith("\uFEFF");
        assertThat(text).as("the last row ends with CRLF").endsWith("\r\n");
        List<List<String>> rows = new ArrayList<>();
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.parse(new java.io.StringReader(text.substring(1)))) {
            parser.forEach(record -> rows.add(record.toList()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return rows;
    }
}
