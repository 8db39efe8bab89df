package org.partnershipledger.query.history;

import java.util.Comparator;
import java.util.List;
import org.partnershipledger.core.partnership.DissolutionCancelled;
import org.partnershipledger.core.partnership.PartnershipDissolved;

/**
 * A dissolution is decided when the notice that causes it is given, for the day the notice runs out, and
 * decided again when partners join or give notice before that day: a later {@link PartnershipDissolved}
 * moves the day, a {@link DissolutionCancelled} takes it back. A reader of the partnership's course wants
 * only the dissolution that stands, the last one decided and not cancelled since.
 */
public final class Dissolutions {

    private Dissolutions() {}

    /** The history without the dissolutions a later decision moved or cancelled, in the order given. */
    public static List<HistoryEvent> standing(List<HistoryEvent> history) {
        Long standing = null;
        List<HistoryEvent> inRecordedOrder = history.stream()
                .sorted(Comparator.comparingLong(HistoryEvent::sequence))
                .toList();
        for (HistoryEvent recorded : inRecordedOrder) {
            if (recorded.event() instanceof PartnershipDissolved) {
                standing = recorded.sequence();
            } else if (recorded.event() instanceof DissolutionCancelled) {
                standing = null;
            }
        }
        Long kept = standing;
        return history.stream()
                .filter(recorded -> !(recorded.event() instanceof PartnershipDissolved)
                        || Long.valueOf(recorded.sequence()).equals(kept))
                .toList();
    }
}
