package org.partnershipledger.web.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.partnershipledger.query.phase.PhaseInterval;
import org.partnershipledger.query.phase.PhaseModel;
import org.partnershipledger.query.phase.PhaseModels;
import org.partnershipledger.query.phase.TimelineEvent;
import org.partnershipledger.web.timeline.TimelineLayout.Mark;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class TimelineDrawingTest {

    private static final String NAME = "Tidslinjen mod vold";
    private static final TimelineEvent FORMED = event(1, "2003-08-15", "PartnershipFormed");
    private static final TimelineEvent SIGNED = event(2, "2003-12-01", "AgreementSigned");
    private static final TimelineEvent TOOK_EFFECT = event(3, "2003-12-01", "AgreementTookEffect");
    private static final TimelineEvent MEETING = event(4, "2004-01-15", "MeetingRecorded");
    private static final TimelineEvent CONFLICT = event(5, "2004-02-01", "ConflictRaised");
    private static final TimelineEvent OBSERVED = event(6, "2003-10-01", "PhaseObserved");
    private static final TimelineEvent OBSERVED_AGAIN = event(7, "2004-03-01", "PhaseObserved");
    private static final TimelineEvent CLOSED = event(8, "2004-06-01", "PartnershipClosed");

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
            NAME,
            "firo",
            List.of("BELONGING", "CONTROL", "CLOSENESS"),
            List.of(
                    new PhaseInterval(
                            "BELONGING", day("2003-08-15"), day("2003-12-01"), FORMED, List.of(FORMED, OBSERVED)),
                    new PhaseInterval(
                            "CLOSENESS", day("2003-12-01"), day("2004-02-01"), TOOK_EFFECT, List.of(SIGNED, MEETING)),
                    new PhaseInterval("CONTROL", day("2004-02-01"), null, CONFLICT, List.of(CONFLICT))),
            "firo",
            List.of(new PhaseInterval("BELONGING", day("2003-10-01"), null, OBSERVED, List.of(OBSERVED))),
            List.of(FORMED, OBSERVED, SIGNED, TOOK_EFFECT, MEETING, CONFLICT),
            day("2004-03-01"),
            day("2004-06-01"),
            5L);

    /** The same history by Tuckman, ending in a one-day adjourning, with the facilitator's FIRO observations. */
    private final TimelineFigure tuckman = new TimelineFigure(
            NAME,
            "tuckman",
            List.of("FORMING", "STORMING", "NORMING", "PERFORMING", "ADJOURNING"),
            List.of(
                    new PhaseInterval("FORMING", day("2003-08-15"), day("2003-12-01"), FORMED, List.of(FORMED)),
                    new PhaseInterval("NORMING", day("2003-12-01"), day("2004-02-01"), TOOK_EFFECT, List.of()),
                    new PhaseInterval("STORMING", day("2004-02-01"), day("2004-06-01"), CONFLICT, List.of()),
                    new PhaseInterval("ADJOURNING", day("2004-06-01"), day("2004-06-01"), CLOSED, List.of())),
            "firo",
            List.of(
                    new PhaseInterval("BELONGING", day("2003-10-01"), day("2004-03-01"), OBSERVED, List.of()),
                    new PhaseInterval("CONTROL", day("2004-03-01"), day("2004-06-01"), OBSERVED_AGAIN, List.of())),
            List.of(FORMED, OBSERVED, SIGNED, TOOK_EFFECT, MEETING, CONFLICT, OBSERVED_AGAIN, CLOSED),
            null,
            day("2004-06-01"),
            null);

    @Test
    void theSvgIsWellFormedXmlWithATitleADescriptionAndTheRoleOfAnImage() throws Exception {
        Document svg = parse(TimelineSvg.of(TimelineDrawing.layout(figure, KEYS)));

        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(svg.getDocumentElement().getAttribute("aria-label"))
                .isEqualTo("timeline.svg.title(" + NAME + ",timeline.model.firo)");
        assertThat(text(svg, "/*[local-name()='svg']/*[local-name()='desc']"))
                .contains("BELONGING: 2003-08-15 – 2003-12-01")
                .contains("Control <&> \"power\": 2004-02-01 – timeline.svg.ongoing");
    }

    @Test
    void theTitleDrawnNamesThePartnershipAndTheModelInEitherLanguage() throws Exception {
        for (String language : List.of("en", "da")) {
            for (TimelineFigure shown : List.of(figure, tuckman)) {
                Document svg = parse(TimelineSvg.of(TimelineDrawing.layout(shown, bundles(language))));

                String title = texts(svg, "//*[@class='title']/*[local-name()='text']");
                String model = shown.model().equals("firo") ? "FIRO" : "Tuckman";
                assertThat(title).as(language).contains(NAME).contains(model);
                assertThat(svg.getDocumentElement().getAttribute("aria-label")).isEqualTo(title);
            }
        }
        assertThat(texts(
                        parse(TimelineSvg.of(TimelineDrawing.layout(tuckman, bundles("da")))),
                        "//*[@class='title']/*[local-name()='text']"))
                .isEqualTo("Tidslinje for Tidslinjen mod vold efter Tuckman");
    }

    @Test
    void everyWordDrawnComesFromTheBundlesOfEitherLanguage() throws Exception {
        for (String language : List.of("en", "da")) {
            for (TimelineFigure shown : List.of(figure, tuckman)) {
                // The bundles throw on a key they lack, so a missing text cannot slip through as its key.
                String svg = TimelineSvg.of(TimelineDrawing.layout(shown, bundles(language)));

                assertThat(svg).doesNotContain("timeline.").doesNotContain("phase.");
            }
        }
        String danish = TimelineSvg.of(TimelineDrawing.layout(tuckman, bundles("da")));
        assertThat(danish)
                .contains("Observeret")
                .contains("Begivenheder")
                .contains("Tilhørsforhold")
                .doesNotContain("Events")
                .doesNotContain("Observed");
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
    void everyEventIsAMarkOfItsKindWithATooltipAndEventsOfADayShareAMarkWithTheirCount() throws Exception {
        Document svg = parse(TimelineSvg.of(TimelineDrawing.layout(figure, KEYS)));

        assertThat(countedMarks(svg)).isEqualTo(6);
        assertThat(nodes(svg, "//*[@class='events']/*[@class='mark mark-conflict']/*[local-name()='title']")
                        .item(0)
                        .getTextContent())
                .isEqualTo("timeline.event.ConflictRaised, 2004-02-01");
        NodeList agreement = nodes(svg, "//*[@class='events']/*[@class='mark mark-agreement']");
        assertThat(agreement.getLength()).isEqualTo(1);
        assertThat(((Element) agreement.item(0)).getAttribute("data-count")).isEqualTo("2");
        assertThat(agreement.item(0).getTextContent())
                .startsWith("timeline.svg.stack(2,timeline.kind.AGREEMENT)")
                .contains("timeline.event.AgreementSigned, 2003-12-01")
                .contains("timeline.event.AgreementTookEffect, 2003-12-01");
        assertThat(texts(svg, "//*[@class='events']/*[local-name()='text']")).isEqualTo("2");
    }

    @Test
    void ninetyNineEventsDrawAsNinetyNineWithNoMarkOverAnother() throws Exception {
        List<TimelineEvent> events = new ArrayList<>();
        String[] types = {
            "MeetingRecorded",
            "StanceRecorded",
            "DecisionReached",
            "ConflictRaised",
            "AgreementSigned",
            "PhaseObserved",
            "DiaryEntryRecorded"
        };
        // Three busy days of 25 events each, and 24 events a week apart.
        for (String on : List.of("2004-01-15", "2004-01-16", "2004-03-01")) {
            for (int i = 0; i < 25; i++) {
                events.add(event(events.size() + 1, on, types[i % types.length]));
            }
        }
        for (int week = 0; week < 24; week++) {
            events.add(
                    event(events.size() + 1, day("2004-04-01").plusWeeks(week).toString(), types[week % 3]));
        }
        TimelineFigure busy = new TimelineFigure(
                NAME,
                "firo",
                List.of("BELONGING"),
                List.of(new PhaseInterval("BELONGING", day("2004-01-15"), null, events.get(0), List.of())),
                "firo",
                List.of(),
                events,
                null,
                null,
                null);

        TimelineLayout layout = TimelineDrawing.layout(busy, bundles("en"));
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "timeline-drawing-busy.png"), TimelinePng.of(layout));

        assertThat(events).hasSize(99);
        assertThat(countedMarks(parse(TimelineSvg.of(layout)))).isEqualTo(99);
        List<Mark> marks = group(layout, "events").items().stream()
                .filter(Mark.class::isInstance)
                .map(Mark.class::cast)
                .toList();
        for (int i = 0; i < marks.size(); i++) {
            for (int j = i + 1; j < marks.size(); j++) {
                double apart = Math.hypot(
                        marks.get(i).x() - marks.get(j).x(),
                        marks.get(i).y() - marks.get(j).y());
                assertThat(apart)
                        .as("marks %s and %s", i, j)
                        .isGreaterThanOrEqualTo(2 * marks.get(i).radius());
            }
        }
    }

    @Test
    void theLegendShowsWhatIsDrawnAndNothingElse() throws Exception {
        for (TimelineFigure shown : List.of(figure, tuckman)) {
            Document svg = parse(TimelineSvg.of(TimelineDrawing.layout(shown, KEYS)));

            Set<String> drawnFills = attributes(
                    svg,
                    "//*[@class='phases' or @class='observations']/*[@class='segment']/*[local-name()='rect']",
                    "fill");
            Set<String> legendFills =
                    attributes(svg, "//*[@class='legend']/*[@class='segment']/*[local-name()='rect']", "fill");
            assertThat(legendFills).isEqualTo(drawnFills);
            Set<String> drawnKinds = attributes(svg, "//*[@class='events']/*[starts-with(@class, 'mark ')]", "class");
            Set<String> legendKinds = attributes(svg, "//*[@class='legend']/*[starts-with(@class, 'mark ')]", "class");
            assertThat(legendKinds).isEqualTo(drawnKinds);
        }
        Document svg = parse(TimelineSvg.of(TimelineDrawing.layout(figure, KEYS)));
        assertThat(texts(svg, "//*[@class='legend']/*[local-name()='text']"))
                .contains("timeline.kind.AGREEMENT (2)")
                .doesNotContain("timeline.kind.LEFT")
                .doesNotContain("timeline.kind.OTHER");
    }

    @Test
    void everyPhaseOfEveryModelHasAColourOfItsOwn() {
        List<String> phases = PhaseModels.names().stream()
                .map(name -> PhaseModels.byName(name).orElseThrow())
                .map(PhaseModel::phases)
                .flatMap(List::stream)
                .toList();

        assertThat(phases).contains("BELONGING", "FORMING", "CLOSENESS", "PERFORMING");
        assertThat(phases)
                .allSatisfy(phase -> assertThat(TimelineDrawing.PHASE_COLOURS).containsKey(phase));
        Set<String> colours = phases.stream().map(TimelineDrawing::colour).collect(Collectors.toSet());
        assertThat(colours).hasSize(phases.size());
    }

    /**
     * Every two phase colours stay apart (CIE76 ΔE of at least 10) for protanopes, deuteranopes and
     * tritanopes (Machado et al. 2009, full severity), and carry the dark text with at least 4.5:1.
     */
    @Test
    void thePhaseColoursStayApartForColourBlindReadersAndCarryDarkText() {
        double[][][] visions = {
            {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
            {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}},
            {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}},
            {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}}
        };
        List<String> colours = List.copyOf(TimelineDrawing.PHASE_COLOURS.values());
        for (double[][] vision : visions) {
            for (int i = 0; i < colours.size(); i++) {
                for (int j = i + 1; j < colours.size(); j++) {
                    double[] one = lab(seen(vision, linear(colours.get(i))));
                    double[] other = lab(seen(vision, linear(colours.get(j))));
                    double distance = Math.sqrt(IntStream.range(0, 3)
                            .mapToDouble(k -> Math.pow(one[k] - other[k], 2))
                            .sum());
                    assertThat(distance)
                            .as("%s and %s", colours.get(i), colours.get(j))
                            .isGreaterThanOrEqualTo(10);
                }
            }
        }
        double ink = luminance(linear(TimelineLayout.INK));
        assertThat(colours).allSatisfy(colour -> assertThat((luminance(linear(colour)) + 0.05) / (ink + 0.05))
                .as(colour)
                .isGreaterThanOrEqualTo(4.5));
    }

    /** Marks of one shape must differ by more than colour: by lightness, which every reader sees. */
    @Test
    void kindsOfEventDrawnInOneShapeDifferInLightness() {
        for (EventKind one : EventKind.values()) {
            for (EventKind other : EventKind.values()) {
                if (one.ordinal() < other.ordinal() && one.shape() == other.shape()) {
                    double lighter = lab(linear(one.colour()))[0];
                    double darker = lab(linear(other.colour()))[0];
                    assertThat(Math.abs(lighter - darker))
                            .as("%s and %s", one, other)
                            .isGreaterThanOrEqualTo(20);
                }
            }
        }
    }

    @Test
    void underTuckmanTheObservedBandIsFiroSaysSoAndHasALegendOfItsOwn() throws Exception {
        Document svg = parse(TimelineSvg.of(TimelineDrawing.layout(tuckman, KEYS)));

        Set<String> tuckmanFills =
                attributes(svg, "//*[@class='phases']/*[@class='segment']/*[local-name()='rect']", "fill");
        Set<String> observedFills =
                attributes(svg, "//*[@class='observations']/*[@class='segment']/*[local-name()='rect']", "fill");
        assertThat(observedFills)
                .containsExactlyInAnyOrder(TimelineDrawing.colour("BELONGING"), TimelineDrawing.colour("CONTROL"))
                .doesNotContainAnyElementsOf(tuckmanFills);
        assertThat(texts(svg, "//*[@class='row-labels']/*[local-name()='text']"))
                .contains("timeline.svg.phases|(timeline.model.tuckman)")
                .contains("timeline.svg.observed|(timeline.model.firo)");
        String legend = texts(svg, "//*[@class='legend']/*[local-name()='text']");
        assertThat(legend)
                .contains("timeline.svg.phases|(timeline.model.tuckman)")
                .contains("timeline.svg.observed|(timeline.model.firo)")
                .contains("phase.BELONGING")
                .contains("phase.FORMING");
    }

    @Test
    void aPhaseTooShortForItsNameIsNumberedAndTheNumberExplainedInTheLegend() throws Exception {
        Document svg = parse(TimelineSvg.of(TimelineDrawing.layout(tuckman, KEYS)));

        NodeList segments = nodes(svg, "//*[@class='phases' or @class='observations']/*[@class='segment']");
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < segments.getLength(); i++) {
            Element segment = (Element) segments.item(i);
            String phase = nodes(segment, "*[local-name()='title']").item(0).getTextContent();
            NodeList label = nodes(segment, "*[local-name()='text']");
            String name = phase.substring(0, phase.indexOf(':'));
            if (label.getLength() == 0 || !label.item(0).getTextContent().equals(name)) {
                numbers.add(String.valueOf(numbers.size() + 1) + "|" + phase);
            }
        }
        assertThat(numbers).as("the one-day adjourning").isNotEmpty();
        assertThat(numbers).anySatisfy(entry -> assertThat(entry).contains("phase.ADJOURNING"));
        String drawn = texts(svg, "//*[@class='phases' or @class='observations']//*[local-name()='text']");
        String legend = texts(svg, "//*[@class='legend']/*[local-name()='text']");
        assertThat(legend).contains("timeline.svg.shortPhases");
        for (String entry : numbers) {
            String number = entry.substring(0, entry.indexOf('|'));
            assertThat(drawn.split("\\|")).contains(number);
            assertThat(legend).contains(entry);
        }
    }

    @Test
    void noTextIsSmallerThanTwelvePixels() throws Exception {
        for (TimelineFigure shown : List.of(figure, tuckman)) {
            Document svg = parse(TimelineSvg.of(TimelineDrawing.layout(shown, KEYS)));

            NodeList texts = nodes(svg, "//*[local-name()='text']");
            assertThat(texts.getLength()).isGreaterThan(10);
            for (int i = 0; i < texts.getLength(); i++) {
                Element text = (Element) texts.item(i);
                assertThat(Double.parseDouble(text.getAttribute("font-size")))
                        .as(text.getTextContent())
                        .isGreaterThanOrEqualTo(TimelineDrawing.SMALLEST_TEXT);
            }
        }
    }

    @Test
    void theAxisTheAsOfLineAndTheRingAroundTheEventLookedAtAreDrawn() throws Exception {
        Document svg = parse(TimelineSvg.of(TimelineDrawing.layout(figure, KEYS)));

        assertThat(nodes(svg, "//*[@class='axis']/*[local-name()='text']").getLength())
                .isGreaterThan(3);
        assertThat(text(svg, "//*[@class='as-of']/*[local-name()='text']")).isEqualTo("timeline.svg.asOf(2004-03-01)");
        assertThat(nodes(svg, "//*[@class='events']/*[@class='current']").getLength())
                .isEqualTo(1);
    }

    @Test
    void aTimelineWithoutEventsIsStillADrawing() throws Exception {
        TimelineFigure empty = new TimelineFigure(
                null, "tuckman", List.of("FORMING"), List.of(), "firo", List.of(), List.of(), null, null, null);

        Document svg = parse(TimelineSvg.of(TimelineDrawing.layout(empty, KEYS)));

        assertThat(text(svg, "//*[@class='observations']/*[local-name()='text']"))
                .isEqualTo("timeline.svg.noObservations");
        assertThat(svg.getDocumentElement().getAttribute("aria-label"))
                .isEqualTo("timeline.svg.titleUnnamed(timeline.model.tuckman)");
        assertThat(nodes(svg, "//*[@class='legend']/*").getLength()).isZero();
    }

    @Test
    void thePngIsTheSameDrawingAtTwiceItsSize() throws Exception {
        for (TimelineFigure shown : List.of(figure, tuckman)) {
            TimelineLayout layout = TimelineDrawing.layout(shown, bundles("da"));
            byte[] png = TimelinePng.of(layout);
            // Kept for a person to look at, beside the browser tests' screenshots.
            Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(Path.of("target", "screenshots", "timeline-drawing-" + shown.model() + ".png"), png);
            Files.writeString(
                    Path.of("target", "screenshots", "timeline-drawing-" + shown.model() + ".svg"),
                    TimelineSvg.of(layout));

            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image.getWidth()).isEqualTo(2 * TimelineDrawing.WIDTH);
            assertThat(image.getHeight()).isEqualTo(2 * layout.height());
            assertThat(layout.height()).isBetween(300, 700);
            // Drawn on, not blank: the first phase's colour shows in the middle of its band.
            Set<Integer> colours = new HashSet<>();
            for (int x = 0; x < image.getWidth(); x += 7) {
                for (int y = 0; y < image.getHeight(); y += 7) {
                    colours.add(image.getRGB(x, y) & 0xffffff);
                }
            }
            assertThat(colours)
                    .contains(Integer.parseInt(
                            TimelineDrawing.colour(shown.intervals().get(0).phase())
                                    .substring(1),
                            16));
        }
    }

    /** The words of the app's own bundles in a language; a key they lack throws. */
    private static TimelineLabels bundles(String language) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/common", "messages/timeline");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        Locale locale = Locale.forLanguageTag(language);
        DateTimeFormatter day = DateTimeFormatter.ofPattern(messages.getMessage("date.format", null, locale), locale);
        DateTimeFormatter month =
                DateTimeFormatter.ofPattern(messages.getMessage("timeline.svg.monthFormat", null, locale), locale);
        return new TimelineLabels() {
            @Override
            public String text(String key, Object... arguments) {
                return messages.getMessage(key, arguments, locale);
            }

            @Override
            public String date(LocalDate date) {
                return day.format(date);
            }

            @Override
            public String month(LocalDate date) {
                return month.format(date);
            }
        };
    }

    private static int countedMarks(Document svg) throws Exception {
        NodeList marks = nodes(svg, "//*[@class='events']/*[starts-with(@class, 'mark ')]");
        int count = 0;
        for (int i = 0; i < marks.getLength(); i++) {
            count += Integer.parseInt(((Element) marks.item(i)).getAttribute("data-count"));
        }
        return count;
    }

    private static TimelineLayout.Group group(TimelineLayout layout, String name) {
        return layout.groups().stream()
                .filter(group -> group.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static NodeList nodes(Object context, String path) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate(path, context, XPathConstants.NODESET);
    }

    private static String text(Document document, String path) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(path, document);
    }

    /** The texts found, in document order, joined by "|". */
    private static String texts(Document document, String path) throws Exception {
        NodeList found = nodes(document, path);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            texts.add(found.item(i).getTextContent());
        }
        return String.join("|", texts);
    }

    private static Set<String> attributes(Document document, String path, String attribute) throws Exception {
        NodeList found = nodes(document, path);
        Set<String> values = new HashSet<>();
        for (int i = 0; i < found.getLength(); i++) {
            values.add(((Element) found.item(i)).getAttribute(attribute));
        }
        return values;
    }

    private static double[] linear(String colour) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(colour.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return rgb;
    }

    private static double[] seen(double[][] vision, double[] rgb) {
        double[] seen = new double[3];
        for (int i = 0; i < 3; i++) {
            seen[i] = Math.max(0, Math.min(1, vision[i][0] * rgb[0] + vision[i][1] * rgb[1] + vision[i][2] * rgb[2]));
        }
        return seen;
    }

    private static double luminance(double[] rgb) {
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    /** CIE L*a*b* of a linear sRGB colour, D65 white. */
    private static double[] lab(double[] rgb) {
        double[] xyz = {
            (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047,
            0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2],
            (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883
        };
        double[] f = Arrays.stream(xyz)
                .map(v -> v > 0.008856 ? Math.cbrt(v) : 7.787 * v + 16.0 / 116)
                .toArray();
        return new double[] {116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])};
    }

    private static TimelineEvent event(long sequence, String on, String type) {
        return new TimelineEvent(sequence, day(on), type);
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
