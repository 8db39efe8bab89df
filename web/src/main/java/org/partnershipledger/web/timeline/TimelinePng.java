package org.partnershipledger.web.timeline;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.partnershipledger.web.timeline.TimelineLayout.Box;
import org.partnershipledger.web.timeline.TimelineLayout.Group;
import org.partnershipledger.web.timeline.TimelineLayout.Item;
import org.partnershipledger.web.timeline.TimelineLayout.Line;
import org.partnershipledger.web.timeline.TimelineLayout.Mark;
import org.partnershipledger.web.timeline.TimelineLayout.Ring;
import org.partnershipledger.web.timeline.TimelineLayout.Text;

/**
 * The same drawing as {@link TimelineSvg}, painted with Java2D into a PNG for researchers who paste it
 * into a report. Drawn at twice the size so it stays sharp when printed; no SVG library needed.
 */
public final class TimelinePng {

    private static final double SCALE = 2;
    private static final Color INK = Color.decode(TimelineLayout.INK);

    private TimelinePng() {}

    public static byte[] of(TimelineLayout layout) {
        BufferedImage image = new BufferedImage(
                (int) (layout.width() * SCALE), (int) (layout.height() * SCALE), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
            graphics.scale(SCALE, SCALE);
            for (Group group : layout.groups()) {
                for (Item item : group.items()) {
                    if (item instanceof Box box) {
                        box(graphics, box);
                    } else if (item instanceof Mark mark) {
                        mark(graphics, mark);
                    } else if (item instanceof Ring ring) {
                        graphics.setColor(INK);
                        graphics.setStroke(new BasicStroke(2));
                        graphics.draw(new Ellipse2D.Double(
                                ring.x() - ring.radius(),
                                ring.y() - ring.radius(),
                                ring.radius() * 2,
                                ring.radius() * 2));
                    } else if (item instanceof Line line) {
                        line(graphics, line);
                    } else if (item instanceof Text text) {
                        text(graphics, text.x(), text.y(), text.text(), text.anchor(), text.size(), text.bold());
                    }
                }
            }
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        return png.toByteArray();
    }

    private static void box(Graphics2D graphics, Box box) {
        Rectangle2D rectangle = new Rectangle2D.Double(box.x(), box.y(), box.width(), box.height());
        graphics.setColor(Color.decode(box.fill()));
        graphics.fill(rectangle);
        graphics.setColor(new Color(0x3c3c3c));
        graphics.setStroke(new BasicStroke(1));
        graphics.draw(rectangle);
        if (box.label() != null) {
            text(
                    graphics,
                    box.x() + box.width() / 2,
                    box.y() + box.height() / 2 + 4,
                    box.label(),
                    TimelineLayout.Anchor.MIDDLE,
                    TimelineLayout.BOX_LABEL_SIZE,
                    false);
        }
    }

    private static void mark(Graphics2D graphics, Mark mark) {
        double[] corners = MarkOutline.corners(mark);
        java.awt.Shape shape;
        if (corners == null) {
            shape = new Ellipse2D.Double(
                    mark.x() - mark.radius(), mark.y() - mark.radius(), mark.radius() * 2, mark.radius() * 2);
        } else {
            Path2D.Double path = new Path2D.Double();
            path.moveTo(corners[0], corners[1]);
            for (int i = 2; i < corners.length; i += 2) {
                path.lineTo(corners[i], corners[i + 1]);
            }
            path.closePath();
            shape = path;
        }
        graphics.setColor(Color.decode(mark.kind().colour()));
        graphics.fill(shape);
        graphics.setColor(Color.WHITE);
        graphics.setStroke(new BasicStroke(1));
        graphics.draw(shape);
    }

    private static void line(Graphics2D graphics, Line line) {
        graphics.setColor(Color.decode(line.stroke()));
        graphics.setStroke(
                line.dashed()
                        ? new BasicStroke(
                                (float) line.strokeWidth(),
                                BasicStroke.CAP_BUTT,
                                BasicStroke.JOIN_MITER,
                                10,
                                new float[] {4, 3},
                                0)
                        : new BasicStroke((float) line.strokeWidth()));
        graphics.draw(new Line2D.Double(line.x1(), line.y1(), line.x2(), line.y2()));
    }

    private static void text(
            Graphics2D graphics,
            double x,
            double y,
            String text,
            TimelineLayout.Anchor anchor,
            double size,
            boolean bold) {
        graphics.setFont(new Font("DejaVu Sans", bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size));
        graphics.setColor(INK);
        double width = graphics.getFontMetrics().getStringBounds(text, graphics).getWidth();
        double left =
                switch (anchor) {
                    case START -> x;
                    case MIDDLE -> x - width / 2;
                    case END -> x - width;
                };
        graphics.drawString(text, (float) left, (float) y);
    }
}
