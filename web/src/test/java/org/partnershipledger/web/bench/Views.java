package org.partnershipledger.web.bench;

import java.time.LocalDate;
import java.util.List;
import org.partnershipledger.web.bench.HistoryWriter.Partnership;

/** The views of a partnership a person reads, in the API and as pages. */
final class Views {

    private Views() {}

    /**
     * The views of a partnership whose history runs from {@code firstDay} to {@code lastDay}, some as of the
     * day in its middle; {@code {id}} stands for the partnership's id, {@code {end}} for where its last page of
     * events begins. A view not under {@code /api} is a page.
     */
    static List<String> of(LocalDate firstDay, LocalDate lastDay) {
        String middle = firstDay.plusDays((lastDay.toEpochDay() - firstDay.toEpochDay()) / 2)
                .toString();
        return List.of(
                "/api/partnerships/{id}",
                "/api/partnerships/{id}?asOf=" + middle,
                "/api/partnerships/{id}/timeline",
                "/api/partnerships/{id}/timeline?asOf=" + middle,
                "/api/partnerships/{id}/decisions",
                "/api/partnerships/{id}/decisions?asOf=" + middle,
                "/api/partnerships/{id}/conflicts",
                "/api/partnerships/{id}/conflicts?asOf=" + middle,
                "/api/partnerships/{id}/events?limit=50",
                "/api/partnerships/{id}/events?limit=50&from={end}",
                "/api/partnerships/{id}/verification",
                "/partnerships/{id}",
                "/partnerships/{id}/timeline",
                "/partnerships/{id}/decisions",
                "/partnerships/{id}/history");
    }

    static boolean isPage(String view) {
        return !view.startsWith("/api");
    }

    /** The view's path for {@code partnership}, its last page of events beginning at {@code end}. */
    static String path(String view, Partnership partnership, long end) {
        return view.replace("/api/partnerships/{id}", partnership.path)
                .replace("{id}", partnership.path.substring(partnership.path.lastIndexOf('/') + 1))
                .replace("{end}", String.valueOf(end));
    }
}
