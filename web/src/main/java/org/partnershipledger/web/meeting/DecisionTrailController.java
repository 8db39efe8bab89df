package org.partnershipledger.web.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.query.decision.DecisionTrail;
import org.partnershipledger.query.decision.DecisionView;
import org.partnershipledger.query.decision.FindDecisions;
import org.partnershipledger.web.partnership.PartnershipController;
import org.partnershipledger.web.persons.PersonNames;
import org.partnershipledger.web.security.Histories;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The steering group's audit trail: every proposal, each partner's stance and the outcome. Live from the
 * read model; as of a date or as known at a time from the history itself.
 */
@RestController
class DecisionTrailController {

    private final QueryGateway queries;
    private final Histories histories;
    private final PersonNames names;

    DecisionTrailController(QueryGateway queries, Histories histories, PersonNames names) {
        this.queries = queries;
        this.histories = histories;
        this.names = names;
    }

    /** Each decision with the names of the persons who gave, recorded and answered its stances beside them. */
    @GetMapping(PartnershipController.PATH + "/{partnershipId}/decisions")
    List<PersonNames.Named<DecisionView>> decisions(
            @PathVariable("partnershipId") String id,
            @RequestParam Optional<String> outcome,
            @RequestParam Optional<LocalDate> from,
            @RequestParam Optional<LocalDate> to,
            @RequestParam Optional<LocalDate> asOf,
            @RequestParam Optional<Instant> knownAt) {
        if (outcome.isPresent() && !DecisionTrail.isOutcome(outcome.get())) {
            throw new InvalidValueException(
                    "outcome", "expected one of PENDING, ADOPTED, BLOCKED, NOT_ADOPTED, RETRACTED");
        }
        List<DecisionView> decisions;
        Histories.Reading reading = histories.readable(id);
        // A researcher reads pseudonyms, which only the fold over a redacted history gives.
        if (asOf.isPresent()
                || knownAt.isPresent()
                || reading.standing().reader().researcher()) {
            decisions = DecisionTrail.of(histories.window(reading, asOf, knownAt));
        } else {
            decisions = queries.query(new FindDecisions(id), ResponseTypes.multipleInstancesOf(DecisionView.class))
                    .join();
        }
        List<DecisionView> trail = DecisionTrail.filter(decisions, outcome, from, to);
        PersonNames.Known known = names.of(
                trail.stream().flatMap(decision -> persons(decision).stream()).toList());
        return trail.stream()
                .map(decision -> known.beside(decision, persons(decision)))
                .toList();
    }

    private static List<String> persons(DecisionView decision) {
        return decision.stances().stream()
                .flatMap(stance -> Stream.of(stance.givenBy(), stance.recordedBy(), stance.answeredBy()))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }
}
