package org.partnershipledger.web.export;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.BiFunction;
import org.partnershipledger.query.export.DataCard;
import org.partnershipledger.query.export.ExportedPartnership;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.web.security.AccessRefused;
import org.partnershipledger.web.security.Histories;
import org.partnershipledger.web.security.PartnershipNotFoundException;
import org.partnershipledger.web.security.Standing;

/**
 * The partnerships of an export of several, each read and redacted only when the export comes to it and
 * kept by none, so the export holds one history at a time. Those the reader may not read are left out: a
 * multi-partnership export is whatever of it the reader may read.
 *
 * <p>The first pass over them reads each history and counts it for the data card ({@link #card}). A log
 * that needs a second pass (OCEL) gets each history again as the first pass read it: as long as it was
 * then, redacted for the standing the reader had then, so both passes describe the same events.
 */
final class ExportedPartnerships implements Iterable<ExportedPartnership> {

    /** What the first pass took of a partnership, to take the same again. */
    private record Taken(String id, Standing standing, int events, ExportedPartnership.ChainHead head) {}

    private final List<String> ids;
    private final Histories histories;
    private final BiFunction<String, List<HistoryEvent>, ExportedPartnership.ChainHead> heads;
    private final DataCard.Tally tally = new DataCard.Tally();
    private List<Taken> taken;

    /** @param heads the head of a partnership's chain, by its id and its history as the reader sees it */
    ExportedPartnerships(
            List<String> ids,
            Histories histories,
            BiFunction<String, List<HistoryEvent>, ExportedPartnership.ChainHead> heads) {
        this.ids = List.copyOf(ids);
        this.histories = histories;
        this.heads = heads;
    }

    /** What the data card says of the partnerships the first pass took. */
    DataCard.Tally card() {
        return tally;
    }

    @Override
    public Iterator<ExportedPartnership> iterator() {
        if (taken == null) {
            taken = new ArrayList<>();
            return new FirstPass();
        }
        return taken.stream().map(this::again).iterator();
    }

    private ExportedPartnership again(Taken first) {
        Histories.Reading reading = histories.again(first.id(), first.standing(), first.events());
        return new ExportedPartnership(
                first.id(),
                histories.window(reading, Optional.empty(), Optional.empty()),
                first.standing().reader(),
                first.head());
    }

    private final class FirstPass implements Iterator<ExportedPartnership> {

        private int next;
        private ExportedPartnership ahead;

        @Override
        public boolean hasNext() {
            while (ahead == null && next < ids.size()) {
                ahead = take(ids.get(next++)).orElse(null);
            }
            return ahead != null;
        }

        @Override
        public ExportedPartnership next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ExportedPartnership partnership = ahead;
            ahead = null;
            return partnership;
        }

        private Optional<ExportedPartnership> take(String id) {
            Histories.Reading reading;
            try {
                reading = histories.readable(id);
            } catch (AccessRefused | PartnershipNotFoundException notReadable) {
                return Optional.empty();
            }
            List<HistoryEvent> history = histories.window(reading, Optional.empty(), Optional.empty());
            ExportedPartnership.ChainHead head = heads.apply(id, history);
            ExportedPartnership partnership =
                    new ExportedPartnership(id, history, reading.standing().reader(), head);
            taken.add(new Taken(id, reading.standing(), reading.history().size(), head));
            tally.add(partnership);
            return Optional.of(partnership);
        }
    }
}
