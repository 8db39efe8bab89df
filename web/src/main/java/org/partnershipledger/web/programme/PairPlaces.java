package org.partnershipledger.web.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.partnershipledger.query.programme.ListProgrammes;
import org.partnershipledger.query.programme.ProgrammeHistory;
import org.partnershipledger.query.programme.ProgrammeSummary;
import org.partnershipledger.query.programme.ProgrammeView;
import org.partnershipledger.query.programme.ProgrammeView.PairView;
import org.springframework.stereotype.Component;

/**
 * Where a pair's partnership stands in its programme: which programme, and the pair's number there (in the
 * order matched, as the programme page counts them). A pair's own history does not say it is one; its
 * programme's history does, and it also says when the pair ended: at the programme's wrap-up evaluation.
 */
@Component
public class PairPlaces {

    /** A pair in its programme; {@code number} counts from 1. */
    public record PairPlace(ProgrammeView programme, PairView pair, int number) {

        /** The pairs of a programme end with its wrap-up evaluation; before that day they are still under way. */
        public LocalDate endedOn(LocalDate today) {
            LocalDate wrappedUp = programme.wrappedUpOn();
            return wrappedUp != null && !wrappedUp.isAfter(today) ? wrappedUp : null;
        }
    }

    private final QueryGateway queries;
    private final ProgrammeHistory programmes;

    PairPlaces(QueryGateway queries, ProgrammeHistory programmes) {
        this.queries = queries;
        this.programmes = programmes;
    }

    /** The pair whose partnership this is, if it is one; programmes are few, so each is folded when asked. */
    public Optional<PairPlace> of(String partnership) {
        List<ProgrammeSummary> all = queries.query(
                        new ListProgrammes(null), ResponseTypes.multipleInstancesOf(ProgrammeSummary.class))
                .join();
        for (ProgrammeSummary summary : all) {
            Optional<ProgrammeView> view = programmes.view(summary.id());
            if (view.isEmpty()) {
                continue;
            }
            List<PairView> pairs = view.get().pairs();
            for (int i = 0; i < pairs.size(); i++) {
                if (pairs.get(i).partnership().equals(partnership)) {
                    return Optional.of(new PairPlace(view.get(), pairs.get(i), i + 1));
                }
            }
        }
        return Optional.empty();
    }
}
