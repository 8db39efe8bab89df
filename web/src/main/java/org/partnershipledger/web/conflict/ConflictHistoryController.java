package org.partnershipledger.web.conflict;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.partnershipledger.core.RuleViolation;
import org.partnershipledger.core.conflict.ConflictId;
import org.partnershipledger.query.conflict.ConflictHistory;
import org.partnershipledger.query.conflict.ConflictSummary;
import org.partnershipledger.query.conflict.ConflictView;
import org.partnershipledger.query.conflict.FindConflict;
import org.partnershipledger.query.conflict.FindConflicts;
import org.partnershipledger.web.partnership.PartnershipController;
import org.partnershipledger.web.security.Histories;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a mediator reviews: every conflict of a partnership with every step, and a summary. Live from the
 * read model; as of a date or as known at a time from the history itself.
 */
@RestController
class ConflictHistoryController {

    private final QueryGateway queries;
    private final Histories histories;

    ConflictHistoryController(QueryGateway queries, Histories histories) {
        this.queries = queries;
        this.histories = histories;
    }

    record ConflictsOfPartnership(List<ConflictView> conflicts, ConflictSummary summary) {}

    static final class UnknownConflict extends RuleViolation {
        UnknownConflict(String conflictId) {
            super("unknown-conflict", Kind.UNKNOWN, "No conflict is recorded under the id " + conflictId);
        }
    }

    @GetMapping(PartnershipController.PATH + "/{partnershipId}/conflicts")
    ConflictsOfPartnership conflicts(
            @PathVariable("partnershipId") String id,
            @RequestParam Optional<LocalDate> asOf,
            @RequestParam Optional<Instant> knownAt) {
        List<ConflictView> views;
        Histories.Reading reading = histories.readable(id);
        // Only the mediator reads every conflict in full; others read a redacted history's fold.
        if (asOf.isPresent()
                || knownAt.isPresent()
                || !reading.standing().reader().mediator()) {
            views = ConflictHistory.of(id, histories.window(reading, asOf, knownAt));
        } else {
            views = queries.query(new FindConflicts(id), ResponseTypes.multipleInstancesOf(ConflictView.class))
                    .join();
        }
        return new ConflictsOfPartnership(views, ConflictHistory.summary(id, views));
    }

    /**
     * A conflict where raising it points, under its partnership (unknown under any other): folded from the
     * history as the reader may see it, so it is there as soon as it was raised.
     */
    @GetMapping(PartnershipController.PATH + "/{partnershipId}/conflicts/{conflictId}")
    ConflictView partnershipConflict(
            @PathVariable String partnershipId,
            @PathVariable String conflictId,
            @RequestParam Optional<LocalDate> asOf,
            @RequestParam Optional<Instant> knownAt) {
        return ConflictHistory.of(partnershipId, histories.window(partnershipId, asOf, knownAt)).stream()
                .filter(conflict -> conflict.conflictId().equals(conflictId))
                .findFirst()
                .orElseThrow(() -> new UnknownConflict(conflictId));
    }

    @GetMapping("/api/conflicts/{conflictId}")
    ConflictView conflict(@PathVariable String conflictId) {
        ConflictView view = queries.query(
                        new FindConflict(conflictId), ResponseTypes.optionalInstanceOf(ConflictView.class))
                .join()
                .orElseThrow(() -> new UnknownConflict(conflictId));
        Histories.Reading reading = histories.readable(view.partnershipId());
        if (!reading.standing().reader().researcher()
                && reading.standing().mayReadConflict(new ConflictId(conflictId))) {
            return view;
        }
        return ConflictHistory.of(view.partnershipId(), histories.window(reading, Optional.empty(), Optional.empty()))
                .stream()
                .filter(redacted -> redacted.conflictId().equals(conflictId))
                .findFirst()
                .orElseThrow(() -> new UnknownConflict(conflictId));
    }
}
