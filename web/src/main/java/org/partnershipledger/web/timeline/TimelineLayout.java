package org.partnershipledger.web.timeline;

import java.util.List;

/**
 * A timeline drawing as plain geometry, worked out once and drawn by both {@link TimelineSvg} and
 * {@link TimelinePng}, so the image a researcher downloads is the one the page shows.
 */
public record TimelineLayout(int width, int height, String title, String description, List<Group> groups) {

    public TimelineLayout {
        groups = List.copyOf(groups);
    }

    /** A part of the drawing (a band, the marks, the axis, the legend), named for styling and tests. */
    public record Group(String name, List<Item> items) {

        public Group {
            items = List.copyOf(items);
        }
    }

    /** One thing drawn. */
    public sealed interface Item permits Box, Mark, Ring, Line, Text {}

    /** A coloured stretch (a phase interval, or a legend swatch), its label inside when it fits. */
    public record Box(double x, double y, double width, double height, String fill, String label, String tooltip)
            implements Item {}

    /**
     * A mark of a kind centred on (x, y): on the events row it stands for {@code count} events of that kind
     * close together in time; in the legend its count is 0.
     */
    public record Mark(double x, double y, double radius, EventKind kind, String tooltip, int count) implements Item {}

    /** A ring around the event the reader is looking at. */
    public record Ring(double x, double y, double radius) implements Item {}

    public record Line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth, boolean dashed)
            implements Item {}

    public record Text(double x, double y, String text, Anchor anchor, double size, boolean bold) implements Item {}

    public enum Anchor {
        START,
        MIDDLE,
        END
    }

    /** The size of a label inside a box, in both SVG and PNG. */
    public static final double BOX_LABEL_SIZE = 13;

    /** The text colour; #1a1a1a on the light phase colours and white keeps well above 4.5:1. */
    public static final String INK = "#1a1a1a";
}
