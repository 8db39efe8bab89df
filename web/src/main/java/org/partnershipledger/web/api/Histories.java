package org.partnershipledger.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.query.history.PartnershipHistory;
import org.partnershipledger.web.security.Authority;
import org.partnershipledger.web.security.Standing;
import org.springframework.stereotype.Component;

/**
 * The part of a partnership's history a reader asks for, once the reader may read it; an unknown
 * partnership is answered with a 404.
 */
@Component
class Histories {

    private final PartnershipHistory histories;
    private final Authority authority;

    Histories(PartnershipHistory histories, Authority authority) {
        this.histories = histories;
        this.authority = authority;
    }

    /** A window of the history as the signed-in reader may see it. */
    List<HistoryEvent> window(String id, Optional<LocalDate> asOf, Optional<Instant> knownAt) {
        return new PartnershipHistory.Window(asOf, knownAt).of(readable(id).history());
    }

    /** The whole history and the reader's standing in it, or a refusal. */
    Reading readable(String id) {
        List<HistoryEvent> all = histories.of(id);
        if (all.isEmpty()) {
            throw new PartnershipNotFoundException(id);
        }
        Standing standing = authority.in(id, all);
        standing.toRead();
        return new Reading(all, standing);
    }

    record Reading(List<HistoryEvent> history, Standing standing) {}
}
