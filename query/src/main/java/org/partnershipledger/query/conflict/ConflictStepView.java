package org.partnershipledger.query.conflict;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One step in a conflict's history as a mediator reads it.
 *
 * @param kind RAISED, DIALOGUE, ESCALATED, MEDIATION_SESSION, RESOLVED or ABANDONED
 * @param text the topic when raised, the note of a dialogue or mediation session, the mediator when
 *     escalated, the resolution, or the reason for abandoning it
 * @param consentedBy the partners who consented to a resolution, sorted; empty for every other step
 */
public record ConflictStepView(String kind, LocalDate on, String text, List<String> consentedBy) {

    public static final String RAISED = "RAISED";
    public static final String DIALOGUE = "DIALOGUE";
    public static final String ESCALATED = "ESCALATED";
    public static final String MEDIATION_SESSION = "MEDIATION_SESSION";
    public static final String RESOLVED = "RESOLVED";
    public static final String ABANDONED = "ABANDONED";

    public ConflictStepView {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(on, "on");
        consentedBy = consentedBy == null ? List.of() : List.copyOf(consentedBy);
    }
}
