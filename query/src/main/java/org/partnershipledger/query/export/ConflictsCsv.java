package org.partnershipledger.query.export;

import static java.time.temporal.ChronoUnit.DAYS;

import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.partnershipledger.query.conflict.ConflictHistory;
import org.partnershipledger.query.conflict.ConflictStepView;
import org.partnershipledger.query.conflict.ConflictView;
import org.partnershipledger.query.history.HistoryEvent;

/**
 * A partnership's conflicts as CSV, one row per conflict: its category, who raised it and when, how far it
 * went and how long it lasted. No free text: what a conflict is about is a matter for its parties and its
 * mediator, and counts and durations are what a comparison across partnerships needs.
 */
public final class ConflictsCsv {

    public static final List<String> HEADER = List.of(
            "conflict_id",
            "category",
            "raised_by_partner_id",
            "raised_by_partner",
            "concerning_partner_ids",
            "raised_on",
            "state",
            "escalated_on",
            "closed_on",
            "days_open",
            "mediation_sessions");

    private ConflictsCsv() {}

    /**
     * @param until the day an open conflict's days are counted to (the export's date, or its "as of")
     */
    public static void write(String partnershipId, List<HistoryEvent> history, LocalDate until, Writer out) {
        PartnerDirectory partners = PartnerDirectory.of(history);
        Csv csv = new Csv(out, HEADER);
        for (ConflictView conflict : ConflictHistory.of(partnershipId, history)) {
            Optional<LocalDate> escalatedOn = firstOn(conflict, ConflictStepView.ESCALATED);
            Optional<LocalDate> closedOn = firstOn(conflict, ConflictStepView.RESOLVED)
                    .or(() -> firstOn(conflict, ConflictStepView.ABANDONED));
            long daysOpen = conflict.daysToClose() != null
                    ? conflict.daysToClose()
                    : Math.max(0, DAYS.between(conflict.raisedOn(), until));
            csv.row(List.of(
                    conflict.conflictId(),
                    conflict.category(),
                    conflict.raisedBy(),
                    partners.nameOf(conflict.raisedBy()),
                    String.join(" ", conflict.concerning()),
                    conflict.raisedOn(),
                    conflict.state(),
                    escalatedOn.map(Object::toString).orElse(""),
                    closedOn.map(Object::toString).orElse(""),
                    daysOpen,
                    conflict.steps().stream()
                            .filter(step -> step.kind().equals(ConflictStepView.MEDIATION_SESSION))
                            .count()));
        }
    }

    private static Optional<LocalDate> firstOn(ConflictView conflict, String kind) {
        return conflict.steps().stream()
                .filter(step -> step.kind().equals(kind))
                .map(ConflictStepView::on)
                .findFirst();
    }
}
