package org.partnershipledger.query.export;

import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import org.partnershipledger.query.decision.DecisionTrail;
import org.partnershipledger.query.decision.DecisionView;
import org.partnershipledger.query.decision.StanceView;
import org.partnershipledger.query.history.HistoryEvent;

/**
 * The decision trail as CSV, one row per proposal: where and when it was put, by which partner, each
 * partner's stance and the outcome. Stances share one column ({@code partner=STANCE; ...}) because the
 * partners differ between partnerships and over time; the counts beside it spare a researcher the parsing.
 * Only stances that count are in them; {@code recorded_on_behalf} lists the stances someone else recorded from a
 * document ({@code partner=KIND DATE ANSWER}: UNANSWERED, CONFIRMED or CONTESTED; a contested one no longer counts).
 * Columns are named as the decision trail's fields are; {@code version_in_force} is the agreement version in
 * force on the day the outcome was reached.
 */
public final class DecisionsCsv {

    public static final List<String> HEADER = List.of(
            "proposal_id",
            "meeting_id",
            "meeting_kind",
            "proposed_on",
            "proposer_partner_id",
            "proposer_partner",
            "concerns_version",
            "text",
            "outcome",
            "reached_on",
            "stances",
            "consents",
            "objections",
            "abstentions",
            "recorded_on_behalf",
            "version_in_force",
            "version_in_force_content_hash");

    private DecisionsCsv() {}

    public static void write(List<HistoryEvent> history, Writer out) {
        PartnerDirectory partners = PartnerDirectory.of(history);
        Csv csv = new Csv(out, HEADER);
        for (DecisionView decision : DecisionTrail.of(history)) {
            csv.row(List.of(
                    decision.proposalId(),
                    nullable(decision.meetingId()),
                    nullable(decision.meetingKind()),
                    decision.proposedOn(),
                    decision.proposedBy(),
                    partners.nameOf(decision.proposedBy()),
                    nullable(decision.concernsVersion()),
                    nullable(decision.text()),
                    decision.outcome(),
                    nullable(decision.reachedOn()),
                    decision.stances().stream()
                            .filter(StanceView::counts)
                            .map(stance -> stance.partner() + "=" + stance.stance())
                            .collect(Collectors.joining("; ")),
                    count(decision, "CONSENT"),
                    count(decision, "OBJECT"),
                    count(decision, "ABSTAIN"),
                    decision.stances().stream()
                            .filter(StanceView::recordedOnBehalf)
                            .map(stance -> stance.partner() + "=" + stance.documentKind() + " " + stance.documentDate()
                                    + " " + stance.answer())
                            .collect(Collectors.joining("; ")),
                    decision.versionInForce() == null
                            ? ""
                            : decision.versionInForce().version(),
                    decision.versionInForce() == null
                            ? ""
                            : nullable(decision.versionInForce().contentHash())));
        }
    }

    private static long count(DecisionView decision, String stance) {
        return decision.stances().stream()
                .filter(StanceView::counts)
                .map(StanceView::stance)
                .filter(stance::equals)
                .count();
    }

    private static Object nullable(Object value) {
        return value == null ? "" : value;
    }
}
