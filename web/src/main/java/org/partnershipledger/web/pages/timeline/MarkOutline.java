package org.partnershipledger.web.pages.timeline;

import org.partnershipledger.web.pages.timeline.TimelineLayout.Mark;

/** The corners of a mark's outline, the same for SVG and PNG; a circle has none. */
final class MarkOutline {

    private MarkOutline() {}

    /** Corners as x, y pairs, or null for a circle. */
    static double[] corners(Mark mark) {
        double x = mark.x();
        double y = mark.y();
        double r = mark.radius();
        return switch (mark.kind().shape()) {
            case CIRCLE -> null;
            case SQUARE -> new double[] {x - r, y - r, x + r, y - r, x + r, y + r, x - r, y + r};
            case DIAMOND -> new double[] {x, y - r * 1.3, x + r * 1.3, y, x, y + r * 1.3, x - r * 1.3, y};
            case TRIANGLE_UP -> new double[] {x, y - r * 1.3, x + r * 1.2, y + r, x - r * 1.2, y + r};
            case TRIANGLE_DOWN -> new double[] {x - r * 1.2, y - r, x + r * 1.2, y - r, x, y + r * 1.3};
            case STAR -> star(x, y, r * 1.4, r * 0.6);
        };
    }

    private static double[] star(double x, double y, double outer, double inner) {
        double[] corners = new double[20];
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? outer : inner;
            double angle = -Math.PI / 2 + i * Math.PI / 5;
            corners[2 * i] = x + radius * Math.cos(angle);
            corners[2 * i + 1] = y + radius * Math.sin(angle);
        }
        return corners;
    }
}
