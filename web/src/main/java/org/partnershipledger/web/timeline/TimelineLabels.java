package org.partnershipledger.web.timeline;

import java.time.LocalDate;

/**
 * The words of a drawing in the reader's language. Keys are those of the message bundles: {@code phase.*}
 * for phases, {@code timeline.event.<Type>} for events, {@code timeline.kind.<KIND>} for the legend, and
 * the {@code timeline.svg.*} texts.
 */
public interface TimelineLabels {

    String text(String key, Object... arguments);

    /** A day, e.g. "1 Dec 2003". */
    String date(LocalDate day);

    /** A month for the axis, e.g. "Dec 2003". */
    String month(LocalDate day);
}
