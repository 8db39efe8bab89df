package org.partnershipledger.web.timeline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.partnershipledger.query.phase.PhaseInterval;
import org.partnershipledger.query.phase.TimelineEvent;
import org.partnershipledger.web.timeline.TimelineLayout.Anchor;
import org.partnershipledger.web.timeline.TimelineLayout.Box;
import org.partnershipledger.web.timeline.TimelineLayout.Group;
import org.partnershipledger.web.timeline.TimelineLayout.Item;
import org.partnershipledger.web.timeline.TimelineLayout.Line;
import org.partnershipledger.web.timeline.TimelineLayout.Mark;
import org.partnershipledger.web.timeline.TimelineLayout.Ring;
import org.partnershipledger.web.timeline.TimelineLayout.Text;

/**
 * Lays a partnership's timeline out over domain time as a figure fit for a paper: a title naming the
 * partnership and the model, the model's phases as a band, every event as a mark on a row below (events
 * close together share a mark with their count), the facilitator's observed phases as a band of their own,
 * a date axis, an optional "as of" line, and a legend of what is drawn and nothing else. A phase too short
 * for its name gets a number, explained in the legend. Pure: the same figure and words give the same
 * drawing.
 */
public final class TimelineDrawing {

    static final int WIDTH = 960;
    private static final double LEFT = 150;
    private static final double RIGHT = 24;
    private static final double PLOT = WIDTH - LEFT - RIGHT;
    /** No text is smaller than this, so the figure stays readable scaled into a page or a column. */
    static final double SMALLEST_TEXT = 12;

    private static final double TEXT = 13;
    private static final double TITLE = 16;
    private static final double BAND_HEIGHT = 40;
    private static final double OBSERVED_HEIGHT = 32;
    private static final double ROW_GAP = 10;
    private static final double MARK_RADIUS = 5.5;
    private static final double MARK_STEP = 16;
    private static final double CALLOUT_LANE = 16;
    private static final double LEGEND_ROW = 22;
    /** A rough width of an average DejaVu Sans character, as a share of the font size. */
    private static final double CHAR_WIDTH = 0.62;

    private static final int[] TICK_MONTHS = {1, 2, 3, 6, 12, 24, 60};
    private static final int MOST_TICKS = 24;
    /** The most events a mark's tooltip names one by one; the rest are counted. */
    private static final int MOST_NAMED = 12;

    /**
     * A colour for every phase of every model, none shared, so a figure of Tuckman's band over the observed
     * FIRO band never shows two phases alike. Paul Tol's "light" scheme, made to stay apart for colour-blind
     * readers and to carry dark labels (each keeps above 6.5:1 with the text colour).
     */
    static final Map<String, String> PHASE_COLOURS = phaseColours();

    private final TimelineFigure figure;
    private final TimelineLabels labels;
    private final LocalDate from;
    private final LocalDate last;
    private final LocalDate to;
    private final LocalDate openEnd;
    /** Phases too short for their name, numbered in the order drawn, with their text in the legend. */
    private final List<String> shortPhases = new ArrayList<>();

    private TimelineDrawing(TimelineFigure figure, TimelineLabels labels) {
        this.figure = figure;
        this.labels = labels;
        List<LocalDate> days = Stream.of(
                        figure.events().stream().map(TimelineEvent::occurredOn),
                        Stream.concat(figure.intervals().stream(), figure.observations().stream())
                                .flatMap(interval -> Stream.of(interval.startsOn(), interval.endsOn())),
                        Stream.of(figure.asOf(), figure.axisEnd()))
                .flatMap(day -> day)
                .filter(day -> day != null)
                .sorted()
                .toList();
        LocalDate first = days.isEmpty() ? LocalDate.now() : days.get(0);
        LocalDate last = days.isEmpty() ? first : days.get(days.size() - 1);
        this.from = first;
        this.last = last;
        // A little room after the last day, so a phase that starts on it can still be seen.
        this.to = later(last, Math.max(1, ChronoUnit.DAYS.between(first, last) / 40), ChronoUnit.DAYS);
        // A phase still lasting lasts until the day the reader looks from, or on past the last event.
        this.openEnd = figure.asOf() != null ? figure.asOf() : to;
    }

    /** The drawing of a figure, in the reader's words. */
    public static TimelineLayout layout(TimelineFigure figure, TimelineLabels labels) {
        return new TimelineDrawing(figure, labels).draw();
    }

    private TimelineLayout draw() {
        String model = modelName(figure.model());
        String observedModel = modelName(figure.observedModel());
        String title = figure.name() == null || figure.name().isBlank()
                ? labels.text("timeline.svg.titleUnnamed", model)
                : labels.text("timeline.svg.title", figure.name(), model);

        List<Item> heading = new ArrayList<>();
        double y = 4;
        for (String line : wrap(title, TITLE, WIDTH - 32)) {
            y += TITLE + 6;
            heading.add(new Text(16, y, line, Anchor.START, TITLE, true));
        }
        // Room above the band for the "as of" label.
        double modelY = y + 26;
        List<Item> rowLabels = new ArrayList<>();
        List<Item> phases = new ArrayList<>();
        double modelBottom = band(figure.intervals(), modelY, BAND_HEIGHT, phases);
        rowLabels.addAll(rowLabel(modelY + BAND_HEIGHT / 2, labels.text("timeline.svg.phases"), "(" + model + ")"));

        double eventsY = modelBottom + ROW_GAP;
        List<Item> marks = new ArrayList<>();
        double eventsHeight = marks(eventsY, marks);
        rowLabels.addAll(rowLabel(eventsY + eventsHeight / 2, labels.text("timeline.svg.events")));

        double observedY = eventsY + eventsHeight + ROW_GAP;
        List<Item> observations = new ArrayList<>();
        double observedBottom;
        if (figure.observations().isEmpty()) {
            observations.add(new Text(
                    LEFT + 6,
                    observedY + OBSERVED_HEIGHT / 2 + 4,
                    labels.text("timeline.svg.noObservations"),
                    Anchor.START,
                    TEXT,
                    false));
            observedBottom = observedY + OBSERVED_HEIGHT;
        } else {
            observedBottom = band(figure.observations(), observedY, OBSERVED_HEIGHT, observations);
        }
        rowLabels.addAll(rowLabel(
                observedY + OBSERVED_HEIGHT / 2, labels.text("timeline.svg.observed"), "(" + observedModel + ")"));

        double axisY = observedBottom + 12;
        List<Group> groups = new ArrayList<>();
        groups.add(new Group("title", heading));
        groups.add(new Group("row-labels", rowLabels));
        groups.add(new Group("grid", grid(modelY, axisY)));
        groups.add(new Group("phases", phases));
        groups.add(new Group("events", marks));
        groups.add(new Group("observations", observations));
        groups.add(new Group("axis", axis(axisY)));
        if (figure.asOf() != null) {
            groups.add(new Group("as-of", asOf(modelY, axisY)));
        }
        List<Item> legend = new ArrayList<>();
        double height = legend(axisY + 64, model, observedModel, legend);
        groups.add(new Group("legend", legend));
        return new TimelineLayout(WIDTH, (int) Math.ceil(height), title, description(model), groups);
    }

    private String modelName(String model) {
        return labels.text("timeline.model." + model);
    }

    /** A row's label in the left margin, one or two lines centred on the row's middle. */
    private static List<Item> rowLabel(double middle, String... lines) {
        List<Item> items = new ArrayList<>();
        double first = middle + 4 - (lines.length - 1) * (TEXT + 2) / 2;
        for (int i = 0; i < lines.length; i++) {
            items.add(new Text(LEFT - 14, first + i * (TEXT + 2), lines[i], Anchor.END, TEXT, i == 0));
        }
        return items;
    }

    /**
     * Draws a band of phase intervals; a phase too short for its name is numbered, inside it when the number
     * fits, else just under the band. Returns the band's bottom, numbers under it included.
     */
    private double band(List<PhaseInterval> intervals, double y, double height, List<Item> items) {
        List<Double> laneEnds = new ArrayList<>();
        List<Item> callouts = new ArrayList<>();
        for (PhaseInterval interval : intervals) {
            double start = x(interval.startsOn());
            double end = x(interval.endsOn() == null ? openEnd : interval.endsOn());
            // A phase of a single day (adjourning) is still visible.
            double width = Math.max(end - start, 4);
            String phase = phase(interval.phase());
            String label = phase;
            if (!fits(phase, width)) {
                shortPhases.add(tooltip(interval));
                label = String.valueOf(shortPhases.size());
                if (!fits(label, width)) {
                    callout(label, start + width / 2, y + height, laneEnds, callouts);
                    label = null;
                }
            }
            items.add(new Box(start, y, width, height, colour(interval.phase()), label, tooltip(interval)));
        }
        items.addAll(callouts);
        return y + height + (laneEnds.isEmpty() ? 0 : laneEnds.size() * CALLOUT_LANE + 4);
    }

    /** A number under a band with a tick up to its phase, on the first lane where it overlaps no other. */
    private static void callout(String number, double x, double below, List<Double> laneEnds, List<Item> items) {
        double half = width(number, SMALLEST_TEXT) / 2 + 2;
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds.get(lane) > x - half) {
            lane++;
        }
        if (lane == laneEnds.size()) {
            laneEnds.add(x + half);
        } else {
            laneEnds.set(lane, x + half);
        }
        double top = below + lane * CALLOUT_LANE;
        items.add(new Line(x, below, x, top + 3, TimelineLayout.INK, 1, false));
        items.add(new Text(x, top + 15, number, Anchor.MIDDLE, SMALLEST_TEXT, true));
    }

    /** The events on one mark: of one kind, close together in time. */
    private record Stack(double x, Map<EventKind, List<TimelineEvent>> byKind) {

        /** How far right the stack reaches, its counts included. */
        double right() {
            double count = byKind.values().stream()
                    .filter(events -> events.size() > 1)
                    .mapToDouble(events -> width(String.valueOf(events.size()), SMALLEST_TEXT) + 3)
                    .max()
                    .orElse(0);
            return x + MARK_RADIUS * 1.4 + count;
        }
    }

    /**
     * Draws every event: an event too close to the one before for a mark of its own joins that mark's stack;
     * a stack holds one mark per kind, each with the number of events it stands for when more than one.
     * Returns the row's height.
     */
    private double marks(double y, List<Item> items) {
        List<Stack> stacks = new ArrayList<>();
        figure.events().stream()
                .sorted(Comparator.comparing(TimelineEvent::occurredOn).thenComparing(TimelineEvent::sequence))
                .forEach(event -> {
                    double x = x(event.occurredOn());
                    Stack stack = stacks.isEmpty() ? null : stacks.get(stacks.size() - 1);
                    if (stack == null || x - MARK_RADIUS * 1.4 > stack.right() + 2) {
                        stack = new Stack(x, new EnumMap<>(EventKind.class));
                        stacks.add(stack);
                    }
                    stack.byKind()
                            .computeIfAbsent(EventKind.of(event.type()), kind -> new ArrayList<>())
                            .add(event);
                });
        int tallest =
                stacks.stream().mapToInt(stack -> stack.byKind().size()).max().orElse(1);
        double height = Math.max(40, tallest * MARK_STEP + 12);
        double middle = y + height / 2;
        items.add(new Line(LEFT, middle, LEFT + PLOT, middle, "#8a8a8a", 1, false));
        for (Stack stack : stacks) {
            double top = middle - (stack.byKind().size() - 1) * MARK_STEP / 2;
            int lane = 0;
            for (Map.Entry<EventKind, List<TimelineEvent>> kind : stack.byKind().entrySet()) {
                double markY = top + lane++ * MARK_STEP;
                List<TimelineEvent> events = kind.getValue();
                if (figure.highlighted() != null
                        && events.stream().anyMatch(event -> event.sequence() == figure.highlighted())) {
                    items.add(new Ring(stack.x(), markY, 10));
                }
                items.add(new Mark(
                        stack.x(), markY, MARK_RADIUS, kind.getKey(), tooltip(kind.getKey(), events), events.size()));
                if (events.size() > 1) {
                    items.add(new Text(
                            stack.x() + MARK_RADIUS * 1.4 + 2,
                            markY + 4,
                            String.valueOf(events.size()),
                            Anchor.START,
                            SMALLEST_TEXT,
                            true));
                }
            }
        }
        return height;
    }

    private String tooltip(EventKind kind, List<TimelineEvent> events) {
        if (events.size() == 1) {
            return event(events.get(0));
        }
        StringBuilder text = new StringBuilder(
                labels.text("timeline.svg.stack", events.size(), labels.text("timeline.kind." + kind.name())));
        Map<String, Integer> named = new LinkedHashMap<>();
        events.forEach(event -> named.merge(event(event), 1, Integer::sum));
        int shown = 0;
        for (Map.Entry<String, Integer> entry : named.entrySet()) {
            if (shown++ == MOST_NAMED) {
                text.append("; ").append(labels.text("timeline.svg.more", named.size() - MOST_NAMED));
                break;
            }
            text.append(shown == 1 ? ": " : "; ").append(entry.getKey());
            if (entry.getValue() > 1) {
                text.append(" (").append(entry.getValue()).append(')');
            }
        }
        return text.toString();
    }

    private String event(TimelineEvent event) {
        return labels.text("timeline.event." + event.type()) + ", " + labels.date(event.occurredOn());
    }

    /** Faint lines from the axis ticks up through the bands, drawn first so the bands cover them. */
    private List<Item> grid(double top, double axisY) {
        List<Item> items = new ArrayList<>();
        for (LocalDate tick : ticks()) {
            items.add(new Line(x(tick), top, x(tick), axisY, "#d0d0d0", 0.5, true));
        }
        return items;
    }

    private List<Item> axis(double y) {
        List<Item> items = new ArrayList<>();
        items.add(new Line(LEFT, y, LEFT + PLOT, y, TimelineLayout.INK, 1, false));
        long step = tickStep();
        for (LocalDate tick : ticks()) {
            double x = x(tick);
            items.add(new Line(x, y, x, y + 6, TimelineLayout.INK, 1, false));
            String text = step >= 12 ? String.valueOf(tick.getYear()) : labels.month(tick);
            // Labels at the ends stay inside the drawing.
            Anchor anchor = x < LEFT + 36 ? Anchor.START : x > LEFT + PLOT - 36 ? Anchor.END : Anchor.MIDDLE;
            items.add(new Text(x, y + 21, text, anchor, SMALLEST_TEXT, false));
        }
        items.add(new Text(LEFT, y + 38, labels.date(from), Anchor.START, SMALLEST_TEXT, false));
        items.add(new Text(x(last), y + 38, labels.date(last), Anchor.END, SMALLEST_TEXT, false));
        return items;
    }

    /**
     * Months between ticks: the smallest of the usual steps that keeps to about eight ticks; beyond those,
     * whole years enough for eight ticks (a date far from the others, stored before dates were checked,
     * must not make a tick for every five years of a billion).
     */
    private long tickStep() {
        long months = ChronoUnit.MONTHS.between(from.withDayOfMonth(1), to.withDayOfMonth(1)) + 1;
        long step = Math.max(TICK_MONTHS[TICK_MONTHS.length - 1], (months / 8 + 11) / 12 * 12);
        for (int candidate : TICK_MONTHS) {
            if (months / candidate <= 8) {
                step = candidate;
                break;
            }
        }
        return step;
    }

    private List<LocalDate> ticks() {
        long step = tickStep();
        List<LocalDate> ticks = new ArrayList<>();
        LocalDate tick = from.withDayOfMonth(1);
        if (step >= 12) {
            tick = tick.withDayOfYear(1);
        }
        if (tick.isBefore(from)) {
            tick = later(tick, step, ChronoUnit.MONTHS);
        }
        while (!tick.isAfter(to) && ticks.size() < MOST_TICKS) {
            ticks.add(tick);
            if (tick.equals(LocalDate.MAX)) {
                break;
            }
            tick = later(tick, step, ChronoUnit.MONTHS);
        }
        return ticks;
    }

    /** The day so long after another, or the last day there is. */
    private static LocalDate later(LocalDate day, long amount, ChronoUnit unit) {
        try {
            return day.plus(amount, unit);
        } catch (DateTimeException beyondTheLastDay) {
            return LocalDate.MAX;
        }
    }

    private List<Item> asOf(double top, double axisY) {
        double x = x(figure.asOf());
        String text = labels.text("timeline.svg.asOf", labels.date(figure.asOf()));
        Anchor anchor = x > LEFT + PLOT * 0.8 ? Anchor.END : Anchor.START;
        return List.of(
                new Line(x, top - 6, x, axisY, "#b3261e", 2, true),
                new Text(anchor == Anchor.END ? x - 4 : x + 4, top - 8, text, anchor, SMALLEST_TEXT, true));
    }

    /**
     * Lays the legend out in sections under the axis, each naming only what the drawing shows: the phases
     * drawn (those observed under their own model's name when it is not the band's), the kinds of event
     * drawn with their counts, and the numbered short phases. Returns the drawing's height.
     */
    private double legend(double y, String model, String observedModel, List<Item> items) {
        Set<String> modelPhases = new LinkedHashSet<>();
        Set<String> drawn = new LinkedHashSet<>();
        figure.intervals().forEach(interval -> drawn.add(interval.phase()));
        boolean observedApart = figure.observations().stream()
                .anyMatch(observed -> !figure.phases().contains(observed.phase()));
        if (!observedApart) {
            figure.observations().forEach(observed -> drawn.add(observed.phase()));
        }
        // The model's own order, then any drawn phase it does not list.
        figure.phases().stream().filter(drawn::contains).forEach(modelPhases::add);
        modelPhases.addAll(drawn);
        double bottom = y - LEGEND_ROW;
        if (!modelPhases.isEmpty()) {
            bottom = swatches(
                    bottom + LEGEND_ROW, modelPhases, items, labels.text("timeline.svg.phases"), "(" + model + ")");
        }
        if (observedApart) {
            Set<String> observed = new LinkedHashSet<>();
            PHASE_COLOURS.keySet().stream()
                    .filter(phase -> figure.observations().stream()
                            .anyMatch(o -> o.phase().equals(phase)))
                    .forEach(observed::add);
            figure.observations().forEach(o -> observed.add(o.phase()));
            bottom = swatches(
                    bottom + LEGEND_ROW + 8,
                    observed,
                    items,
                    labels.text("timeline.svg.observed"),
                    "(" + observedModel + ")");
        }
        Map<EventKind, Integer> kinds = new EnumMap<>(EventKind.class);
        figure.events().forEach(event -> kinds.merge(EventKind.of(event.type()), 1, Integer::sum));
        if (!kinds.isEmpty()) {
            double rowY = bottom + LEGEND_ROW + 8;
            items.addAll(rowLabel(rowY - 4, labels.text("timeline.svg.events")));
            double x = LEFT;
            for (Map.Entry<EventKind, Integer> kind : kinds.entrySet()) {
                String text = labels.text("timeline.kind." + kind.getKey().name()) + " (" + kind.getValue() + ")";
                double width = 34 + width(text, TEXT);
                if (x + width > WIDTH - RIGHT && x > LEFT) {
                    x = LEFT;
                    rowY += LEGEND_ROW;
                }
                items.add(new Mark(x + 8, rowY - 4, MARK_RADIUS, kind.getKey(), text, 0));
                items.add(new Text(x + 20, rowY, text, Anchor.START, TEXT, false));
                x += width;
            }
            bottom = rowY;
        }
        if (!shortPhases.isEmpty()) {
            double rowY = bottom + LEGEND_ROW + 8;
            items.addAll(rowLabel(rowY - 4, labels.text("timeline.svg.shortPhases")));
            double x = LEFT;
            for (int i = 0; i < shortPhases.size(); i++) {
                String number = String.valueOf(i + 1);
                String text = shortPhases.get(i);
                double width = 24 + width(number, TEXT) + width(text, TEXT);
                if (x + width > WIDTH - RIGHT && x > LEFT) {
                    x = LEFT;
                    rowY += LEGEND_ROW;
                }
                items.add(new Text(x, rowY, number, Anchor.START, TEXT, true));
                items.add(new Text(x + 6 + width(number, TEXT), rowY, text, Anchor.START, TEXT, false));
                x += width;
            }
            bottom = rowY;
        }
        return bottom + 16;
    }

    /** A legend section of phase swatches, from the row at {@code y}; returns its last line's y. */
    private double swatches(double y, Set<String> phases, List<Item> items, String... heading) {
        items.addAll(rowLabel(y - 4 + (heading.length - 1) * (TEXT + 2) / 2, heading));
        double headingEnd = y + (heading.length - 1) * (TEXT + 2);
        double x = LEFT;
        for (String phase : phases) {
            String text = phase(phase);
            double width = 34 + width(text, TEXT);
            if (x + width > WIDTH - RIGHT && x > LEFT) {
                x = LEFT;
                y += LEGEND_ROW;
            }
            items.add(new Box(x, y - 12, 18, 14, colour(phase), null, text));
            items.add(new Text(x + 24, y, text, Anchor.START, TEXT, false));
            x += width;
        }
        return Math.max(y, headingEnd);
    }

    private String description(String model) {
        StringBuilder text = new StringBuilder(labels.text(
                "timeline.svg.description",
                model,
                labels.date(from),
                labels.date(last),
                figure.events().size(),
                figure.observations().size()));
        for (PhaseInterval interval : figure.intervals()) {
            text.append(' ').append(tooltip(interval)).append('.');
        }
        return text.toString();
    }

    private String tooltip(PhaseInterval interval) {
        String end = interval.endsOn() == null ? labels.text("timeline.svg.ongoing") : labels.date(interval.endsOn());
        return phase(interval.phase()) + ": " + labels.date(interval.startsOn()) + " – " + end;
    }

    private String phase(String phase) {
        return labels.text("phase." + phase);
    }

    static String colour(String phase) {
        return PHASE_COLOURS.getOrDefault(phase, "#ffffff");
    }

    private static Map<String, String> phaseColours() {
        Map<String, String> colours = new LinkedHashMap<>();
        // FIRO (the phases a facilitator observes)
        colours.put("BELONGING", "#77aadd"); // light blue
        colours.put("CONTROL", "#ee8866"); // orange
        colours.put("CLOSENESS", "#44bb99"); // mint
        // Tuckman
        colours.put("FORMING", "#eedd88"); // light yellow
        colours.put("STORMING", "#ffaabb"); // pink
        colours.put("NORMING", "#99ddff"); // light cyan
        colours.put("PERFORMING", "#bbcc33"); // pear
        colours.put("ADJOURNING", "#dddddd"); // pale grey
        return Collections.unmodifiableMap(colours);
    }

    private static boolean fits(String text, double width) {
        return width(text, TimelineLayout.BOX_LABEL_SIZE) + 8 <= width;
    }

    static double width(String text, double size) {
        return text.length() * size * CHAR_WIDTH;
    }

    /** A title in lines no wider than {@code width}, broken between words. */
    private static List<String> wrap(String text, double size, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && width(line + " " + word, size) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private double x(LocalDate day) {
        double span = ChronoUnit.DAYS.between(from, to);
        return LEFT + PLOT * ChronoUnit.DAYS.between(from, day) / span;
    }
}
