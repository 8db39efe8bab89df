package org.partnershipledger.web.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.partnershipledger.core.RuleViolation;
import org.partnershipledger.core.decision.ProposalId;
import org.partnershipledger.core.decision.UnknownProposalException;
import org.partnershipledger.query.decision.DecisionTrail;
import org.partnershipledger.query.decision.DecisionView;
import org.partnershipledger.query.decision.StanceView;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.web.partnership.PartnershipController;
import org.partnershipledger.web.persons.PersonNames;
import org.partnershipledger.web.security.Histories;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** One proposal of the decision trail, and one partner's stance on it, as the reader may see them. */
@RestController
@RequestMapping(PartnershipController.PATH + "/{partnershipId}/proposals/{proposalId}")
class ProposalsController {

    private final Histories histories;
    private final PersonNames names;

    ProposalsController(Histories histories, PersonNames names) {
        this.histories = histories;
        this.names = names;
    }

    @GetMapping
    PersonNames.Named<DecisionView> find(
            @PathVariable String partnershipId,
            @PathVariable String proposalId,
            @RequestParam Optional<LocalDate> asOf,
            @RequestParam Optional<Instant> knownAt) {
        DecisionView decision = decision(histories.window(partnershipId, asOf, knownAt), proposalId);
        List<String> persons = DecisionTrail.persons(decision);
        return names.of(persons).beside(decision, persons);
    }

    /** The partner's stance on the proposal, recorded by its giver or on their behalf. */
    @GetMapping("/stances/{partner}")
    PersonNames.Named<StanceView> stance(
            @PathVariable String partnershipId,
            @PathVariable String proposalId,
            @PathVariable String partner,
            @RequestParam Optional<LocalDate> asOf,
            @RequestParam Optional<Instant> knownAt) {
        StanceView stance = decision(histories.window(partnershipId, asOf, knownAt), proposalId).stances().stream()
                .filter(given -> given.partner().equals(partner))
                .findFirst()
                .orElseThrow(() -> new NoStance(proposalId, partner));
        List<String> persons = Stream.of(stance.givenBy(), stance.recordedBy(), stance.answeredBy())
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        return names.of(persons).beside(stance, persons);
    }

    private static DecisionView decision(List<HistoryEvent> history, String proposalId) {
        return DecisionTrail.of(history).stream()
                .filter(decision -> decision.proposalId().equals(proposalId))
                .findFirst()
                .orElseThrow(() -> new UnknownProposalException(new ProposalId(proposalId)));
    }

    static final class NoStance extends RuleViolation {
        NoStance(String proposalId, String partner) {
            super(
                    "stance-unknown",
                    Kind.UNKNOWN,
                    "No stance of partner " + partner + " is recorded on proposal " + proposalId);
        }
    }
}
