package org.partnershipledger.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.query.history.PartnershipHistory;

/** The part of a partnership's history a reader asks for; an unknown partnership is answered with a 404. */
final class Histories {

    private Histories() {}

    static List<HistoryEvent> window(
            PartnershipHistory histories, String id, Optional<LocalDate> asOf, Optional<Instant> knownAt) {
        List<HistoryEvent> all = histories.of(id);
        if (all.isEmpty()) {
            throw new PartnershipNotFoundException(id);
        }
        return new PartnershipHistory.Window(asOf, knownAt).of(all);
    }
}
