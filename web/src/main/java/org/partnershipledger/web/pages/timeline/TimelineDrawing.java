package org.partnershipledger.web.pages.timeline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.partnershipledger.query.phase.PhaseInterval;
import org.partnershipledger.query.phase.TimelineEvent;
import org.partnershipledger.web.pages.timeline.TimelineLayout.Anchor;
import org.partnershipledger.web.pages.timeline.TimelineLayout.Box;
import org.partnershipledger.web.pages.timeline.TimelineLayout.Group;
import org.partnershipledger.web.pages.timeline.TimelineLayout.Item;
import org.partnershipledger.web.pages.timeline.TimelineLayout.Line;
import org.partnershipledger.web.pages.timeline.TimelineLayout.Mark;
import org.partnershipledger.web.pages.timeline.TimelineLayout.Ring;
import org.partnershipledger.web.pages.timeline.TimelineLayout.Text;

/**
 * Lays a partnership's timeline out over domain time: the model's phases as a band, the events as marks
 * on a row below, the facilitator's observed phases as a second band, a date axis, an optional "as of"
 * line and a legend. Pure: the same figure and words always give the same drawing.
 */
public final class TimelineDrawing {

    static final int WIDTH = 960;
    private static final double LEFT = 150;
    private static final double RIGHT = 24;
    private static final double PLOT = WIDTH - LEFT - RIGHT;
    private static final double MODEL_Y = 48;
    private static final double MODEL_HEIGHT = 40;
    private static final double EVENTS_Y = 98;
    private static final double EVENTS_HEIGHT = 40;
    private static final double OBSERVED_Y = 148;
    private static final double OBSERVED_HEIGHT = 28;
    private static final double AXIS_Y = 188;
    private static final double LEGEND_Y = 250;
    private static final double LEGEND_ROW = 22;
    private static final double CHAR_WIDTH = 7; // a rough width of a 12px sans-serif character
    private static final int[] TICK_MONTHS = {1, 2, 3, 6, 12, 24, 60};
    private static final int MOST_TICKS = 24;

    /** Light fills, so dark text on them keeps AA contrast; a phase keeps its colour in every band. */
    private static final Map<String, String> PHASE_COLOURS = Map.of(
            "BELONGING", "#cfe3f7",
            "CONTROL", "#f9d7a6",
            "CLOSENESS", "#c9ebc4",
            "FORMING", "#cfe3f7",
            "STORMING", "#f6c4c0",
            "NORMING", "#f9e7a6",
            "PERFORMING", "#c9ebc4",
            "ADJOURNING", "#dcd3ec");

    private final TimelineFigure figure;
    private final TimelineLabels labels;
    private final LocalDate from;
    private final LocalDate last;
    private final LocalDate to;
    private final LocalDate openEnd;

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
        String model = labels.text("timeline.model." + figure.model());
        List<Group> groups = new ArrayList<>();
        groups.add(new Group("row-labels", rowLabels(model)));
        groups.add(new Group("grid", grid()));
        groups.add(new Group("phases", band(figure.intervals(), MODEL_Y, MODEL_HEIGHT)));
        groups.add(new Group("events", marks()));
        groups.add(new Group(
                "observations",
                figure.observations().isEmpty()
                        ? List.of(new Text(
                                LEFT + 6,
                                OBSERVED_Y + OBSERVED_HEIGHT / 2 + 4,
                                labels.text("timeline.svg.noObservations"),
                                Anchor.START,
                                12,
                                false))
                        : band(figure.observations(), OBSERVED_Y, OBSERVED_HEIGHT)));
        groups.add(new Group("axis", axis()));
        if (figure.asOf() != null) {
            groups.add(new Group("as-of", asOf()));
        }
        List<Item> legend = new ArrayList<>();
        double height = legend(legend);
        groups.add(new Group("legend", legend));
        return new TimelineLayout(
                WIDTH, (int) Math.ceil(height), labels.text("timeline.svg.title", model), description(model), groups);
    }

    private List<Item> rowLabels(String model) {
        return List.of(
                new Text(16, 22, labels.text("timeline.svg.title", model), Anchor.START, 15, true),
                rowLabel(model, MODEL_Y + MODEL_HEIGHT / 2),
                rowLabel(labels.text("timeline.svg.events"), EVENTS_Y + EVENTS_HEIGHT / 2),
                rowLabel(labels.text("timeline.svg.observed"), OBSERVED_Y + OBSERVED_HEIGHT / 2));
    }

    private static Text rowLabel(String text, double middle) {
        return new Text(LEFT - 14, middle + 4, text, Anchor.END, 12, true);
    }

    private List<Item> band(List<PhaseInterval> intervals, double y, double height) {
        List<Item> items = new ArrayList<>();
        for (PhaseInterval interval : intervals) {
            double start = x(interval.startsOn());
            double end = x(interval.endsOn() == null ? openEnd : interval.endsOn());
            // A phase of a single day (adjourning) is still visible.
            double width = Math.max(end - start, 4);
            String phase = phase(interval.phase());
            String label = fits(phase, width) ? phase : null;
            items.add(new Box(start, y, width, height, colour(interval.phase()), label, tooltip(interval)));
        }
        return items;
    }

    private List<Item> marks() {
        List<Item> items = new ArrayList<>();
        items.add(new Line(
                LEFT, EVENTS_Y + EVENTS_HEIGHT / 2, LEFT + PLOT, EVENTS_Y + EVENTS_HEIGHT / 2, "#8a8a8a", 1, false));
        List<TimelineEvent> events = figure.events().stream()
                .sorted(Comparator.comparing(TimelineEvent::occurredOn).thenComparing(TimelineEvent::sequence))
                .toList();
        // Events close together are put on three lanes, so marks of one busy week stay apart.
        double previousX = Double.NEGATIVE_INFINITY;
        int lane = 0;
        for (TimelineEvent event : events) {
            double x = x(event.occurredOn());
            lane = x - previousX < 10 ? (lane + 1) % 3 : 1;
            previousX = x;
            double y = EVENTS_Y + 8 + lane * 12;
            String tooltip = labels.text("timeline.event." + event.type()) + ", " + labels.date(event.occurredOn());
            if (Long.valueOf(event.sequence()).equals(figure.highlighted())) {
                items.add(new Ring(x, y, 10));
            }
            items.add(new Mark(x, y, 5.5, EventKind.of(event.type()), tooltip));
        }
        return items;
    }

    /** Faint lines from the axis ticks up through the bands, drawn first so the bands cover them. */
    private List<Item> grid() {
        List<Item> items = new ArrayList<>();
        for (LocalDate tick : ticks()) {
            items.add(new Line(x(tick), MODEL_Y, x(tick), AXIS_Y, "#d0d0d0", 0.5, true));
        }
        return items;
    }

    private List<Item> axis() {
        List<Item> items = new ArrayList<>();
        items.add(new Line(LEFT, AXIS_Y, LEFT + PLOT, AXIS_Y, TimelineLayout.INK, 1, false));
        long step = tickStep();
        for (LocalDate tick : ticks()) {
            double x = x(tick);
            items.add(new Line(x, AXIS_Y, x, AXIS_Y + 6, TimelineLayout.INK, 1, false));
            String text = step >= 12 ? String.valueOf(tick.getYear()) : labels.month(tick);
            // Labels at the ends stay inside the drawing.
            Anchor anchor = x < LEFT + 30 ? Anchor.START : x > LEFT + PLOT - 30 ? Anchor.END : Anchor.MIDDLE;
            items.add(new Text(x, AXIS_Y + 20, text, anchor, 11, false));
        }
        items.add(new Text(LEFT, AXIS_Y + 34, labels.date(from), Anchor.START, 10, false));
        items.add(new Text(x(last), AXIS_Y + 34, labels.date(last), Anchor.END, 10, false));
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

    private List<Item> asOf() {
        double x = x(figure.asOf());
        String text = labels.text("timeline.svg.asOf", labels.date(figure.asOf()));
        Anchor anchor = x > LEFT + PLOT * 0.8 ? Anchor.END : Anchor.START;
        return List.of(
                new Line(x, MODEL_Y - 6, x, AXIS_Y, "#b3261e", 2, true),
                new Text(anchor == Anchor.END ? x - 4 : x + 4, MODEL_Y - 8, text, anchor, 11, true));
    }

    /** Lays the legend out in rows under the axis; returns the drawing's height. */
    private double legend(List<Item> items) {
        Set<String> phases = new LinkedHashSet<>(figure.phases());
        figure.observations().forEach(observed -> phases.add(observed.phase()));
        double x = LEFT;
        double y = LEGEND_Y;
        for (String phase : phases) {
            String text = phase(phase);
            double width = 34 + text.length() * CHAR_WIDTH;
            if (x + width > WIDTH - RIGHT) {
                x = LEFT;
                y += LEGEND_ROW;
            }
            items.add(new Box(x, y - 11, 18, 14, colour(phase), null, text));
            items.add(new Text(x + 24, y, text, Anchor.START, 12, false));
            x += width;
        }
        x = LEFT;
        y += LEGEND_ROW;
        for (EventKind kind : EventKind.values()) {
            String text = labels.text("timeline.kind." + kind.name());
            double width = 34 + text.length() * CHAR_WIDTH;
            if (x + width > WIDTH - RIGHT) {
                x = LEFT;
                y += LEGEND_ROW;
            }
            items.add(new Mark(x + 8, y - 4, 5.5, kind, text));
            items.add(new Text(x + 20, y, text, Anchor.START, 12, false));
            x += width;
        }
        items.add(0, new Text(LEFT - 14, LEGEND_Y, labels.text("timeline.svg.legend"), Anchor.END, 12, true));
        return y + 14;
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

    private static String colour(String phase) {
        return PHASE_COLOURS.getOrDefault(phase, "#e4e4e4");
    }

    private static boolean fits(String text, double width) {
        return text.length() * CHAR_WIDTH + 8 <= width;
    }

    private double x(LocalDate day) {
        double span = ChronoUnit.DAYS.between(from, to);
        return LEFT + PLOT * ChronoUnit.DAYS.between(from, day) / span;
    }
}
