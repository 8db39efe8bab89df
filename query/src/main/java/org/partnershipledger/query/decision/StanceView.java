package org.partnershipledger.query.decision;

import java.time.LocalDate;

/**
 * A partner's stance on a proposal, the representative (person id) who gave it, when, and why; and, for a
 * stance someone else recorded from a document ({@code recordedOnBehalf}), who recorded it, the document's
 * kind, date and reference, and whether the partner confirmed or contested it ({@code answer}: UNANSWERED,
 * CONFIRMED or CONTESTED, by whom and when). A contested stance stays in the trail but no longer counts.
 */
public record StanceView(
        String partner,
        String stance,
        String givenBy,
        LocalDate givenOn,
        String reason,
        boolean recordedOnBehalf,
        String recordedBy,
        String documentKind,
        LocalDate documentDate,
        String documentReference,
        String answer,
        String answeredBy,
        LocalDate answeredOn) {

    public static final String UNANSWERED = "UNANSWERED";
    public static final String CONFIRMED = "CONFIRMED";
    public static final String CONTESTED = "CONTESTED";

    /** A stance its giver recorded in the ledger. */
    public StanceView(String partner, String stance, String givenBy, LocalDate givenOn, String reason) {
        this(partner, stance, givenBy, givenOn, reason, false, null, null, null, null, null, null, null);
    }

    /** Whether the stance counts toward the decision: every stance but a contested one. */
    public boolean counts() {
        return !CONTESTED.equals(answer);
    }

    StanceView answered(String how, String by, LocalDate on) {
        return new StanceView(
                partner,
                stance,
                givenBy,
                givenOn,
                reason,
                recordedOnBehalf,
                recordedBy,
                documentKind,
                documentDate,
                documentReference,
                how,
                by,
                on);
    }
}
