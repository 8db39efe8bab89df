package org.partnershipledger.web.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnershipledger.core.decision.Decisions;
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

    /**
     * A stance as the pages show it; for one recorded on its giver's behalf, who recorded it from which
     * document, and whether the partner confirmed or contested it ({@code answer}, null for one given in the ledger).
     */
    record StanceRow(
            String partner,
            String partnerName,
            String stance,
            String byName,
            LocalDate givenOn,
            String reason,
            String recordedByName,
            String documentKind,
            LocalDate documentDate,
            String answer,
            String answeredByName,
            LocalDate answeredOn) {

        public boolean recordedOnBehalf() {
            return documentKind != null;
        }

        public boolean unanswered() {
            return StanceView.UNANSWERED.equals(answer);
        }

        /** The last day its partner may confirm or contest it. */
        public LocalDate answerBy() {
            return givenOn.plus(Decisions.ANSWER_PERIOD);
        }
    }

    static DecisionRow of(DecisionView decision, Steering steering) {
        List<StanceRow> stances =
                decision.stances().stream().map(stance -> row(stance, steering)).toList();
        Set<String> answered = decision.stances().stream()
                .filter(StanceView::counts)
                .map(StanceView::partner)
                .collect(Collectors.toSet());
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
                stance.partner(),
                steering.partnerName(stance.partner()),
                stance.stance(),
                steering.personName(stance.givenBy()),
                stance.givenOn(),
                stance.reason(),
                stance.recordedBy() == null ? null : steering.personName(stance.recordedBy()),
                stance.documentKind(),
                stance.documentDate(),
                stance.answer(),
                stance.answeredBy() == null ? null : steering.personName(stance.answeredBy()),
                stance.answeredOn());
    }
}
