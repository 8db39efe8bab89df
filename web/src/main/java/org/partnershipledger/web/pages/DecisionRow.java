package org.partnershipledger.web.pages;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnershipledger.query.decision.DecisionView;
import org.partnershipledger.query.decision.StanceView;
import org.partnershipledger.query.history.PartnershipState;

/**
 * A proposal as the meetings pages show it: by whom, each partner's stance by name, the outcome, and
 * while it is pending the partners who still have to answer (current partners without a stance).
 */
record DecisionRow(
        DecisionView decision,
        String proposedByName,
        List<StanceRow> stances,
        List<PartnershipState.PartnerOnRecord> waitingFor) {

    record StanceRow(String partnerName, String stance, String byName, LocalDate givenOn, String reason) {}

    static DecisionRow of(DecisionView decision, Steering steering) {
        List<StanceRow> stances =
                decision.stances().stream().map(stance -> row(stance, steering)).toList();
        Set<String> answered =
                decision.stances().stream().map(StanceView::partner).collect(Collectors.toSet());
        List<PartnershipState.PartnerOnRecord> waitingFor = isPending(decision)
                ? steering.partners().stream()
                        .filter(partner -> !answered.contains(partner.id()))
                        .toList()
                : List.of();
        return new DecisionRow(decision, steering.partnerName(decision.proposedBy()), stances, waitingFor);
    }

    static boolean isPending(DecisionView decision) {
        return "PENDING".equals(decision.outcome());
    }

    public String proposalId() {
        return decision.proposalId();
    }

    private static StanceRow row(StanceView stance, Steering steering) {
        return new StanceRow(
                steering.partnerName(stance.partner()),
                stance.stance(),
                steering.personName(stance.givenBy()),
                stance.givenOn(),
                stance.reason());
    }
}
