package org.partnershipledger.web.pages.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.partnershipledger.query.phase.PhaseInterval;
import org.partnershipledger.query.phase.TimelineEvent;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class TimelineDrawingTest {

    private static final TimelineEvent FORMED = event(1, "2003-08-15", "PartnershipFormed");
    private static final TimelineEvent SIGNED = event(2, "2003-12-01", "AgreementSigned");
    private static final TimelineEvent TOOK_EFFECT = event(3, "2003-12-01", "AgreementTookEffect");
    private static final TimelineEvent MEETING = event(4, "2004-01-15", "MeetingRecorded");
    private static final TimelineEvent CONFLICT = event(5, "2004-02-01", "ConflictRaised");
    private static final TimelineEvent OBSERVED = event(6, "2003-10-01", "PhaseObserved");

    /** Words that show the key, and a phase name that would break markup if it were not escaped. */
    private static final TimelineLabels KEYS = new TimelineLabels() {
        @Override
        public String text(String key, Object... arguments) {
            if (key.equals("phase.CONTROL")) {
                return "Control <&> \"power\"";
            }
            return arguments.length == 0
                    ? key
                    : key + Arrays.stream(arguments).map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
        }

        @Override
        public String date(LocalDate day) {
            return day.toString();
        }

        @Override
        public String month(LocalDate day) {
            return day.toString().substring(0, 7);
        }
    };

    private final TimelineFigure figure = new TimelineFigure(
            "firo",
            List.of("BELONGING", "CONTROL", "CLOSENESS"),
            List.of(
                    new PhaseInterval(
                            "BELONGING", day("2003-08-15"), day("2003-12-01"), FORMED, List.of(FORMED, OBSERVED)),
                    new PhaseInterval(
                            "CLOSENESS", day("2003-12-01"), day("2004-02-01"), TOOK_EFFECT, List.of(SIGNED, MEETING)),
                    new PhaseInterval("CONTROL", day("2004-02-01"), null, CONFLICT, List.of(CONFLICT))),
            List.of(new PhaseInterval("BELONGING", day("2003-10-01"), null, OBSERVED, List.of(OBSERVED))),
            List.of(FORMED, OBSERVED, SIGNED, TOOK_EFFECT, MEETING, CONFLICT),
            day("2004-03-01"),
            day("2004-06-01"),
            5L);

    @Test
    void theSvgIsWellFormedXmlWithATitleADescriptionAndTheRoleOfAnImage() throws Exception {
        Document svg = parse(TimelineSvg.of(TimelineDrawing.layout(figure, KEYS)));

        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(svg.getDocumentElement().getAttribute("aria-label"))
                .isEqualTo("timeline.svg.title(timeline.model.firo)");
        assertThat(text(svg, "/*[local-name()='svg']/*[local-name()='desc']"))
                .contains("BELONGING: 2003-08-15 – 2003-12-01")
                .contains("Control <&> \"power\": 2004-02-01 – timeline.svg.ongoing");
    }

    @Test
    void eachPhaseIntervalIsASegmentOfThePhaseBandWithItsDatesAsATooltip() throws Exception {
        Document svg = parse(TimelineSvg.of(TimelineDrawing.layout(figure, KEYS)));

        NodeList segments = nodes(svg, "//*[@class='phases']/*[@class='segment']/*[local-name()='title']");
        assertThat(segments.getLength()).isEqualTo(3);
        assertThat(segments.item(0).getTextContent()).isEqualTo("phase.BELONGING: 2003-08-15 – 2003-12-01");
        assertThat(segments.item(2).getTextContent()).startsWith("Control <&> \"power\"");
        assertThat(nodes(svg, "//*[@class='observations']/*[@class='segment']").getLength())
                .isEqualTo(1);
    }

    @Test
    void everyEventIsAMarkOfItsKindWithATooltip() throws Exception {
        Document svg = parse(TimelineSvg.of(TimelineDrawing.layout(figure, KEYS)));

        NodeList marks = nodes(svg, "//*[@class='events']/*[starts-with(@class, 'mark ')]");
        assertThat(marks.getLength()).isEqualTo(6);
        assertThat(nodes(svg, "//*[@class='events']/*[@class='mark mark-conflict']/*[local-name()='title']")
                        .item(0)
                        .getTextContent())
                .isEqualTo("timeline.event.ConflictRaised, 2004-02-01");
        assertThat(nodes(svg, "//*[@class='events']/*[@class='mark mark-meeting']")
                        .getLength())
                .isEqualTo(1);
        assertThat(nodes(svg, "//*[@class='events']/*[@class='mark mark-agreement']")
                        .getLength())
                .isEqualTo(2);
    }

    @Test
    void theAxisTheAsOfLineAndTheLegendAreDrawn() throws Exception {
        Document svg = parse(TimelineSvg.of(TimelineDrawing.layout(figure, KEYS)));

        assertThat(nodes(svg, "//*[@class='axis']/*[local-name()='text']").getLength())
                .isGreaterThan(3);
        assertThat(text(svg, "//*[@class='as-of']/*[local-name()='text']")).isEqualTo("timeline.svg.asOf(2004-03-01)");
        assertThat(nodes(svg, "//*[@class='legend']/*[starts-with(@class, 'mark ')]")
                        .getLength())
                .isEqualTo(EventKind.values().length);
    }

    @Test
    void aTimelineWithoutEventsIsStillADrawing() throws Exception {
        TimelineFigure empty =
                new TimelineFigure("tuckman", List.of("FORMING"), List.of(), List.of(), List.of(), null, null, null);

        Document svg = parse(TimelineSvg.of(TimelineDrawing.layout(empty, KEYS)));

        assertThat(text(svg, "//*[@class='observations']/*[local-name()='text']"))
                .isEqualTo("timeline.svg.noObservations");
    }

    @Test
    void thePngIsAnImageOfTheSameDrawing() throws Exception {
        byte[] png = TimelinePng.of(TimelineDrawing.layout(figure, KEYS));
        // Kept for a person to look at, beside the browser tests' screenshots.
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "timeline-drawing.png"), png);

        assertThat(Arrays.copyOf(png, 8)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        assertThat(png.length).isGreaterThan(5_000);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static NodeList nodes(Document document, String path) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate(path, document, XPathConstants.NODESET);
    }

    private static String text(Document document, String path) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(path, document);
    }

    private static TimelineEvent event(long sequence, String on, String type) {
        return new TimelineEvent(sequence, day(on), type);
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
