package org.partnershipledger.query.conflict;

import java.time.LocalDate;
import java.util.List;

/**
 * A conflict's whole history for a mediator: who raised it, whom it concerns, every step in domain order
 * and how long it took. The description and the steps' texts are free text written by partners; they
 * are meant for mediators, so a view for other readers must leave them out.
 *
 * @param raisedBy the id of the partner who raised it
 * @param concerning the ids of the partners it concerns
 * @param state RAISED, ESCALATED, RESOLVED or ABANDONED
 * @param mediator "name (organisation)" once escalated, otherwise null
 * @param daysToEscalation days from raised to escalated, null if not escalated
 * @param daysToClose days from raised to resolved or abandoned, null while open
 */
public record ConflictView(
        String conflictId,
        String partnershipId,
        String raisedBy,
        List<String> concerning,
        String topic,
        String description,
        String category,
        String state,
        LocalDate raisedOn,
        String mediator,
        List<ConflictStepView> steps,
        Long daysToEscalation,
        Long daysToClose) {

    public ConflictView {
        concerning = List.copyOf(concerning);
        steps = List.copyOf(steps);
    }
}
