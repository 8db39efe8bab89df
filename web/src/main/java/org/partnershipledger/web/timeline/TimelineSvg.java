package org.partnershipledger.web.timeline;

import java.util.Locale;
import org.partnershipledger.web.timeline.TimelineLayout.Box;
import org.partnershipledger.web.timeline.TimelineLayout.Group;
import org.partnershipledger.web.timeline.TimelineLayout.Item;
import org.partnershipledger.web.timeline.TimelineLayout.Line;
import org.partnershipledger.web.timeline.TimelineLayout.Mark;
import org.partnershipledger.web.timeline.TimelineLayout.Ring;
import org.partnershipledger.web.timeline.TimelineLayout.Text;

/**
 * A timeline drawing as a standalone SVG document, drawn on the server so it needs no script and can be
 * downloaded as is. Every text is escaped: phase and event names come from message bundles, but nothing
 * drawn should be able to break out of the markup.
 */
public final class TimelineSvg {

    private TimelineSvg() {}

    public static String of(TimelineLayout layout) {
        StringBuilder svg = new StringBuilder(16_384);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" class=\"timeline-drawing\"")
                .append(" viewBox=\"0 0 ")
                .append(layout.width())
                .append(' ')
                .append(layout.height())
                .append("\" width=\"")
                .append(layout.width())
                .append("\" height=\"")
                .append(layout.height())
                .append("\" role=\"img\" aria-describedby=\"timeline-desc\" aria-label=\"")
                .append(escape(layout.title()))
                .append("\" font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\">\n");
        svg.append("<title id=\"timeline-title\">")
                .append(escape(layout.title()))
                .append("</title>\n");
        svg.append("<desc id=\"timeline-desc\">")
                .append(escape(layout.description()))
                .append("</desc>\n");
        svg.append("<rect x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        for (Group group : layout.groups()) {
            svg.append("<g class=\"").append(escape(group.name())).append("\">\n");
            for (Item item : group.items()) {
                if (item instanceof Box box) {
                    box(svg, box);
                } else if (item instanceof Mark mark) {
                    mark(svg, mark);
                } else if (item instanceof Ring ring) {
                    svg.append("<circle class=\"current\" cx=\"")
                            .append(number(ring.x()))
                            .append("\" cy=\"")
                            .append(number(ring.y()))
                            .append("\" r=\"")
                            .append(number(ring.radius()))
                            .append("\" fill=\"none\" stroke=\"#1a1a1a\" stroke-width=\"2\"/>\n");
                } else if (item instanceof Line line) {
                    line(svg, line);
                } else if (item instanceof Text text) {
                    text(svg, text);
                }
            }
            svg.append("</g>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    private static void box(StringBuilder svg, Box box) {
        svg.append("<g class=\"segment\">");
        if (box.tooltip() != null) {
            svg.append("<title>").append(escape(box.tooltip())).append("</title>");
        }
        svg.append("<rect x=\"")
                .append(number(box.x()))
                .append("\" y=\"")
                .append(number(box.y()))
                .append("\" width=\"")
                .append(number(box.width()))
                .append("\" height=\"")
                .append(number(box.height()))
                .append("\" fill=\"")
                .append(box.fill())
                .append("\" stroke=\"#3c3c3c\" stroke-width=\"1\"/>");
        if (box.label() != null) {
            svg.append("<text x=\"")
                    .append(number(box.x() + box.width() / 2))
                    .append("\" y=\"")
                    .append(number(box.y() + box.height() / 2 + 4))
                    .append("\" text-anchor=\"middle\" font-size=\"")
                    .append(number(TimelineLayout.BOX_LABEL_SIZE))
                    .append("\" fill=\"")
                    .append(TimelineLayout.INK)
                    .append("\">")
                    .append(escape(box.label()))
                    .append("</text>");
        }
        svg.append("</g>\n");
    }

    private static void mark(StringBuilder svg, Mark mark) {
        String kind = mark.kind().name().toLowerCase(Locale.ROOT);
        svg.append("<g class=\"mark mark-").append(kind).append('"');
        if (mark.count() > 0) {
            svg.append(" data-count=\"").append(mark.count()).append('"');
        }
        svg.append('>');
        if (mark.tooltip() != null) {
            svg.append("<title>").append(escape(mark.tooltip())).append("</title>");
        }
        double[] corners = MarkOutline.corners(mark);
        if (corners == null) {
            svg.append("<circle cx=\"")
                    .append(number(mark.x()))
                    .append("\" cy=\"")
                    .append(number(mark.y()))
                    .append("\" r=\"")
                    .append(number(mark.radius()));
        } else {
            svg.append("<polygon points=\"");
            for (int i = 0; i < corners.length; i += 2) {
                svg.append(i == 0 ? "" : " ")
                        .append(number(corners[i]))
                        .append(',')
                        .append(number(corners[i + 1]));
            }
        }
        svg.append("\" fill=\"")
                .append(mark.kind().colour())
                .append("\" stroke=\"#ffffff\" stroke-width=\"1\"/></g>\n");
    }

    private static void line(StringBuilder svg, Line line) {
        svg.append("<line x1=\"")
                .append(number(line.x1()))
                .append("\" y1=\"")
                .append(number(line.y1()))
                .append("\" x2=\"")
                .append(number(line.x2()))
                .append("\" y2=\"")
                .append(number(line.y2()))
                .append("\" stroke=\"")
                .append(line.stroke())
                .append("\" stroke-width=\"")
                .append(number(line.strokeWidth()))
                .append(line.dashed() ? "\" stroke-dasharray=\"4 3" : "")
                .append("\"/>\n");
    }

    private static void text(StringBuilder svg, Text text) {
        svg.append("<text x=\"")
                .append(number(text.x()))
                .append("\" y=\"")
                .append(number(text.y()))
                .append("\" text-anchor=\"")
                .append(
                        switch (text.anchor()) {
                            case START -> "start";
                            case MIDDLE -> "middle";
                            case END -> "end";
                        })
                .append("\" font-size=\"")
                .append(number(text.size()))
                .append(text.bold() ? "\" font-weight=\"bold" : "")
                .append("\" fill=\"")
                .append(TimelineLayout.INK)
                .append("\">")
                .append(escape(text.text()))
                .append("</text>\n");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Text and attribute values escaped for XML. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    // Control characters are not allowed in XML 1.0.
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
