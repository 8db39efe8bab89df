package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.partnershipledger.core.FreeText;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.Values;

/**
 * An act a representative did outside the ledger (a signature on a paper contract, a stance in a letter, an
 * e-mail or a meeting's minutes), recorded by someone else: who recorded it, and the document it stands in,
 * by kind, date and reference. The act is dated on the document's date. Kept on the event so the audit trail
 * tells it apart from an act the person did in the ledger themselves.
 */
public record OutsideRecord(PersonId recordedBy, DocumentKind kind, LocalDate date, @FreeText String reference) {

    public OutsideRecord {
        Values.requirePresent(recordedBy, "document.recordedBy");
        Values.requirePresent(kind, "document.kind");
        Values.requirePresent(date, "document.date");
        reference = reference == null ? "" : reference.strip();
    }

    /** Stances given at a meeting and written down by whoever recorded its minutes. */
    static OutsideRecord minutes(PersonId recordedBy, LocalDate heldOn, String meeting) {
        return new OutsideRecord(recordedBy, DocumentKind.MINUTES, heldOn, "meeting " + meeting);
    }
}
