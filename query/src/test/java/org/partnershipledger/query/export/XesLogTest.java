package org.partnershipledger.query.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.partnership.Partner;
import org.partnershipledger.core.partnership.PartnerWithdrew;
import org.partnershipledger.core.partnership.PartnershipEvent;
import org.partnershipledger.core.partnership.PartnershipFormed;
import org.partnershipledger.core.partnership.Sector;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.query.phase.PhaseModels;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class XesLogTest {

    @Test
    void theLogDeclaresTheStandardExtensionsGlobalsAndClassifiers() throws Exception {
        Element log = write(List.of(ExportHistory.exported(ExportHistory.events())));

        assertThat(log.getLocalName()).isEqualTo("log");
        assertThat(log.getNamespaceURI()).isEqualTo("http://www.xes-standard.org/");
        assertThat(log.getAttribute("xes.version")).isEqualTo("1849-2016");
        assertThat(log.hasAttribute("xes.features")).isTrue();
        Map<String, String> extensions = new HashMap<>();
        for (Element extension : children(log, "extension")) {
            extensions.put(extension.getAttribute("prefix"), extension.getAttribute("uri"));
        }
        assertThat(extensions)
                .containsEntry("concept", "http://www.xes-standard.org/concept.xesext")
                .containsEntry("time", "http://www.xes-standard.org/time.xesext")
                .containsEntry("org", "http://www.xes-standard.org/org.xesext")
                .containsEntry("lifecycle", "http://www.xes-standard.org/lifecycle.xesext");
        assertThat(children(log, "global"))
                .extracting(global -> global.getAttribute("scope"))
                .containsExactly("trace", "event");
        assertThat(children(log, "classifier"))
                .extracting(classifier -> classifier.getAttribute("keys"))
                .contains("concept:name", "concept:name lifecycle:transition");
    }

    @Test
    void eachPartnershipIsOneTraceAndEveryEventHasItsActivityDomainTimeAndResource() throws Exception {
        List<HistoryEvent> history = ExportHistory.events();
        ExportedPartnership other = new ExportedPartnership(
                "other", history.subList(0, 3), ExportHistory.exported(history).reader(), null);
        Element log = write(List.of(ExportHistory.exported(history), other));

        List<Element> traces = children(log, "trace");
        assertThat(traces).hasSize(2);
        assertThat(attributes(traces.get(0))).containsEntry("concept:name", ExportHistory.ID);
        assertThat(children(traces.get(0), "event")).hasSize(history.size());
        assertThat(children(traces.get(1), "event")).hasSize(3);
        for (Element event : children(traces.get(0), "event")) {
            Map<String, String> attributes = attributes(event);
            assertThat(attributes)
                    .containsKeys("concept:name", "time:timestamp", "org:resource", "lifecycle:transition");
            OffsetDateTime.parse(attributes.get("time:timestamp"));
        }
    }

    @Test
    void eventsAreInDomainOrderNamedInWordsWithTheirResourceAndLifecycle() throws Exception {
        Element trace = children(write(List.of(ExportHistory.exported(ExportHistory.events()))), "trace")
                .get(0);
        List<Map<String, String>> events =
                children(trace, "event").stream().map(XesLogTest::attributes).toList();

        assertThat(events.get(0))
                .containsEntry("concept:name", "Partnership formed")
                .containsEntry("time:timestamp", "2003-03-01T00:00:00.000Z")
                .containsEntry("org:resource", "facilitator");
        assertThat(events)
                .filteredOn(event -> event.get("concept:name").equals("Agreement signed"))
                .extracting(event -> event.get("org:resource"))
                .containsExactly("person-inge", "person-ole");
        Map<String, String> raised = events.stream()
                .filter(event -> event.get("concept:name").equals("Conflict raised"))
                .findFirst()
                .orElseThrow();
        assertThat(raised)
                .containsEntry("lifecycle:transition", "start")
                .containsEntry("org:resource", "Esbjerg Kommune")
                .containsEntry("concept:instance", "c-1");
        assertThat(events)
                .filteredOn(event -> event.get("concept:name").equals("Conflict resolved"))
                .extracting(event -> event.get("lifecycle:transition"))
                .containsExactly("complete");
        List<String> timestamps =
                events.stream().map(event -> event.get("time:timestamp")).toList();
        assertThat(timestamps).isSorted();
        assertThat(events).allSatisfy(event -> assertThat(event).containsKey("phase"));
    }

    @Test
    void signaturesAndStancesSayWhetherTheyWereRecordedOnBehalfAndFromWhichDocument() throws Exception {
        Element log = write(List.of(ExportHistory.exported(ExportHistory.withStanceRecordedOnBehalf())));
        List<Map<String, String>> events = children(children(log, "trace").get(0), "event").stream()
                .map(XesLogTest::attributes)
                .toList();

        assertThat(events)
                .filteredOn(event -> event.get("concept:name").equals("Agreement signed"))
                .isNotEmpty()
                .allSatisfy(event -> assertThat(event).containsEntry("recordedOnBehalf", "false"));
        assertThat(events)
                .filteredOn(event -> "true".equals(event.get("recordedOnBehalf")))
                .singleElement()
                .satisfies(event -> assertThat(event)
                        .containsEntry("concept:name", "Stance recorded")
                        .containsEntry("documentKind", "LETTER")
                        .doesNotContainKey("documentReference"));
        assertThat(events)
                .filteredOn(event -> event.get("concept:name").equals("Meeting recorded"))
                .allSatisfy(event -> assertThat(event).doesNotContainKey("recordedOnBehalf"));
    }

    @Test
    void namesWithMarkupCharactersAreEscaped() throws Exception {
        Partner markup = new Partner(new PartnerId("p-1"), "Børn & \"Unge\" <Esbjerg>", Sector.VOLUNTARY);
        List<HistoryEvent> history = List.of(
                recorded(
                        0,
                        new PartnershipFormed(
                                ExportHistory.PARTNERSHIP,
                                "Name",
                                "Purpose",
                                ExportHistory.day("2003-03-01"),
                                List.of(markup, ExportHistory.ESBJERG))),
                recorded(
                        1,
                        new PartnerWithdrew(
                                ExportHistory.PARTNERSHIP,
                                markup.id(),
                                "Reasons",
                                ExportHistory.day("2003-04-01"),
                                ExportHistory.day("2003-07-01"))));

        Element trace = children(write(List.of(ExportHistory.exported(history))), "trace")
                .get(0);

        assertThat(attributes(children(trace, "event").get(1))).containsEntry("org:resource", markup.name());
    }

    private static HistoryEvent recorded(long sequence, PartnershipEvent event) {
        return new HistoryEvent(sequence, event.occurredOn(), Instant.EPOCH, event);
    }

    private static Element write(List<ExportedPartnership> partnerships) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XesLog.write(partnerships, PhaseModels.firo(), out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        return document.getDocumentElement();
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getLocalName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    /** An element's own attributes (string, date, int, boolean) by key. */
    static Map<String, String> attributes(Element element) {
        Map<String, String> attributes = new HashMap<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element attribute && attribute.hasAttribute("key")) {
                attributes.put(attribute.getAttribute("key"), attribute.getAttribute("value"));
            }
        }
        return attributes;
    }
}
