package org.partnershipledger.web.timeline;

import org.partnershipledger.web.timeline.TimelineLayout.Mark;

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
            case CROSS -> cross(x, y, r * 1.2, r * 0.4, 0);
            case PENTAGON -> polygon(x, y, r * 1.2, 5);
            case SALTIRE -> cross(x, y, r * 1.3, r * 0.4, Math.PI / 4);
        };
    }

    /** A cross of arms {@code reach} from the centre and {@code half} wide each side, turned by an angle. */
    private static double[] cross(double x, double y, double reach, double half, double turn) {
        double[][] points = {
            {-half, -reach}, {half, -reach}, {half, -half}, {reach, -half}, {reach, half}, {half, half},
            {half, reach}, {-half, reach}, {-half, half}, {-reach, half}, {-reach, -half}, {-half, -half}
        };
        double[] corners = new double[points.length * 2];
        for (int i = 0; i < points.length; i++) {
            corners[2 * i] = x + points[i][0] * Math.cos(turn) - points[i][1] * Math.sin(turn);
            corners[2 * i + 1] = y + points[i][0] * Math.sin(turn) + points[i][1] * Math.cos(turn);
        }
        return corners;
    }

    private static double[] polygon(double x, double y, double radius, int sides) {
        double[] corners = new double[sides * 2];
        for (int i = 0; i < sides; i++) {
            double angle = -Math.PI / 2 + i * 2 * Math.PI / sides;
            corners[2 * i] = x + radius * Math.cos(angle);
            corners[2 * i + 1] = y + radius * Math.sin(angle);
        }
        return corners;
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
