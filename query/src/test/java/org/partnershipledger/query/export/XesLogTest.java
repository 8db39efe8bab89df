package org.partnershipledger.query.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.bind.JAXBElement;
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
import science.aist.xes.model.AttributeStringType;
import science.aist.xes.model.ClassifierType;
import science.aist.xes.model.LogType;
import science.aist.xes.model.impl.LogRepository;

class XesLogTest {

    @Test
    void theLogDeclaresTheStandardExtensionsGlobalsAndClassifiers() throws Exception {
        Element log = write(List.of(ExportHistory.exported(ExportHistory.events())));

        assertThat(log.getLocalName()).isEqualTo("log");
        assertThat(log.getNamespaceURI())
                .as("the standard's XSD has no target namespace")
                .isNull();
        assertThat(log.getAttribute("xes.version")).isEqualTo("1.0");
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
                .contains("concept:name", "concept:name lifecycle:transition", "org:resource", "org:role");
    }

    @Test
    void theLogIsValidByTheIeee1849Xsd() throws Exception {
        byte[] xes = bytes(List.of(
                ExportHistory.exported(ExportHistory.withStanceRecordedOnBehalf()),
                new ExportedPartnership(
                        "abandoned",
                        ExportHistory.withConflictAbandoned(),
                        ExportHistory.exported(List.of()).reader(),
                        null)));

        assertThat(FormatStandards.xesViolations(xes)).isEmpty();
    }

    @Test
    void theStandardsXsdFindsWhatBreaksIt() {
        String broken = new String(bytes(List.of(ExportHistory.exported(ExportHistory.events()))), UTF_8)
                .replace("xes.version=\"1.0\"", "xes.version=\"1849-2016\"");

        assertThat(FormatStandards.xesViolations(broken.getBytes(UTF_8)))
                .isNotEmpty()
                .allSatisfy(violation -> assertThat(violation).contains("1849-2016"));
    }

    @Test
    void aReaderGeneratedFromTheStandardsXsdReadsEveryTraceAndEvent() {
        List<HistoryEvent> history = ExportHistory.withConflictAbandoned();
        ExportedPartnership other = new ExportedPartnership(
                "other", history.subList(0, 3), ExportHistory.exported(history).reader(), null);

        JAXBElement<LogType> read = new LogRepository()
                .load(new ByteArrayInputStream(bytes(List.of(ExportHistory.exported(history), other))));

        LogType log = read.getValue();
        assertThat(log.getXesVersion()).isEqualByComparingTo("1.0");
        assertThat(log.getTrace()).hasSize(2);
        assertThat(log.getTrace().get(0).getEvent()).hasSize(history.size());
        assertThat(log.getTrace().get(1).getEvent()).hasSize(3);
        assertThat(log.getClassifier()).extracting(ClassifierType::getKeys).contains("concept:name");
        List<String> activities = log.getTrace().get(0).getEvent().stream()
                .flatMap(event -> event.getStringOrDateOrInt().stream())
                .filter(attribute -> attribute.getKey().equals("concept:name"))
                .map(attribute -> ((AttributeStringType) attribute).getValue())
                .toList();
        assertThat(activities).hasSize(history.size()).contains("Partnership formed", "Conflict");
    }

    @Test
    void aConflictIsOneActivityThatStartsWhenRaisedAndEndsWhenResolvedOrAbandoned() throws Exception {
        Element trace = children(write(List.of(ExportHistory.exported(ExportHistory.withConflictAbandoned()))), "trace")
                .get(0);
        List<Map<String, String>> events =
                children(trace, "event").stream().map(XesLogTest::attributes).toList();

        assertThat(events)
                .filteredOn(event -> event.get("concept:name").equals("Conflict"))
                .extracting(event -> event.get("concept:instance") + " " + event.get("lifecycle:transition"))
                .containsExactly("c-1 start", "c-1 complete", "c-2 start", "c-2 ate_abort");
        assertThat(events)
                .filteredOn(event -> event.get("concept:name").startsWith("Conflict "))
                .extracting(event -> event.get("concept:name"))
                .containsOnly("Conflict escalated")
                .hasSize(1);
        assertThat(events)
                .filteredOn(event -> "c-1".equals(event.get("concept:instance")))
                .extracting(event -> event.get("concept:name"))
                .containsExactly(
                        "Conflict",
                        "Conflict escalated",
                        "Mediation session recorded",
                        "Mediation session recorded",
                        "Conflict");
        assertThat(events)
                .filteredOn(event -> !event.get("concept:name").equals("Conflict"))
                .extracting(event -> event.get("lifecycle:transition"))
                .containsOnly("complete");
    }

    @Test
    void theResourceIsOnlyEverAPersonWithPartnersAsGroupsAndCapacitiesAsRoles() throws Exception {
        List<HistoryEvent> history = ExportHistory.withStanceRecordedOnBehalf();
        Element trace = children(write(List.of(ExportHistory.exported(history))), "trace")
                .get(0);
        List<Map<String, String>> events =
                children(trace, "event").stream().map(XesLogTest::attributes).toList();

        assertThat(events)
                .filteredOn(event -> event.containsKey("org:resource"))
                .extracting(event -> event.get("org:resource"))
                .isNotEmpty()
                .containsOnly(ExportHistory.INGE.value(), ExportHistory.OLE.value(), ExportHistory.MEDIATOR.value());
        assertThat(events)
                .filteredOn(event -> event.containsKey("org:group"))
                .extracting(event -> event.get("org:group"))
                .containsOnly(ExportHistory.VINDROSEN.name(), ExportHistory.ESBJERG.name());
        assertThat(events).allSatisfy(event -> assertThat(event).containsKey("org:role"));
        assertThat(events.get(0)).doesNotContainKey("org:resource").containsEntry("org:role", "facilitator");
        assertThat(events)
                .filteredOn(event -> event.get("concept:name").equals("Meeting recorded"))
                .singleElement()
                .satisfies(meeting -> assertThat(meeting)
                        .doesNotContainKey("org:resource")
                        .containsEntry("org:role", "steering group"));
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
            assertThat(attributes).containsKeys("concept:name", "time:timestamp", "org:role", "lifecycle:transition");
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
                .containsEntry("org:role", "facilitator");
        assertThat(events)
                .filteredOn(event -> event.get("concept:name").equals("Agreement signed"))
                .extracting(event -> event.get("org:resource"))
                .containsExactly("person-inge", "person-ole");
        Map<String, String> raised = events.stream()
                .filter(event -> event.get("concept:name").equals("Conflict"))
                .findFirst()
                .orElseThrow();
        assertThat(raised)
                .containsEntry("lifecycle:transition", "start")
                .containsEntry("org:group", "Esbjerg Kommune")
                .containsEntry("org:role", "partner")
                .containsEntry("concept:instance", "c-1")
                .doesNotContainKey("org:resource");
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

        assertThat(attributes(children(trace, "event").get(1))).containsEntry("org:group", markup.name());
    }

    private static HistoryEvent recorded(long sequence, PartnershipEvent event) {
        return new HistoryEvent(sequence, event.occurredOn(), Instant.EPOCH, event);
    }

    private static byte[] bytes(List<ExportedPartnership> partnerships) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XesLog.write(partnerships, PhaseModels.firo(), out);
        return out.toByteArray();
    }

    private static Element write(List<ExportedPartnership> partnerships) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes(partnerships)));
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
