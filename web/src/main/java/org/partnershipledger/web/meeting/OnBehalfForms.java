package org.partnershipledger.web.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.partnershipledger.core.decision.Stance;
import org.partnershipledger.core.partnership.DocumentKind;
import org.partnershipledger.web.api.NotInTheFuture;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The forms of acts given outside the ledger: the secretary records a signature or a stance from its document,
 * choosing its giver among the partner's representatives of any time; the partner's representative confirms or
 * contests a stance recorded for it.
 */
public final class OnBehalfForms {

    private OnBehalfForms() {}

    /** What every record from a document names: who gave it (partner and person), and the document. */
    public static class FromDocument {

        @NotBlank(message = "{recorded.error.giver}")
        private String giver = "";

        @NotNull(message = "{recorded.error.kind}")
        private DocumentKind kind;

        @NotNull(message = "{recorded.error.date.missing}")
        @NotInTheFuture(message = "{recorded.error.date.future}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate date = LocalDate.now(ZoneOffset.UTC);

        @Size(max = 500, message = "{recorded.error.reference.long}")
        private String reference = "";

        public String getGiver() {
            return giver;
        }

        public void setGiver(String giver) {
            this.giver = giver;
        }

        public DocumentKind getKind() {
            return kind;
        }

        public void setKind(DocumentKind kind) {
            this.kind = kind;
        }

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public String getReference() {
            return reference;
        }

        public void setReference(String reference) {
            this.reference = reference;
        }

        /** The partner and the person of the chosen giver; blank parts when the choice was forged. */
        public String partner() {
            int at = giver.indexOf(Steering.Giver.SEPARATOR);
            return at < 0 ? "" : giver.substring(0, at);
        }

        public String person() {
            int at = giver.indexOf(Steering.Giver.SEPARATOR);
            return at < 0 ? "" : giver.substring(at + 1);
        }
    }

    /** A signature on paper (or in a letter or an e-mail), for the version the page shows, by its hash. */
    public static class RecordedSignature extends FromDocument {

        @NotBlank(message = "{partnership.sign.error.contentHash}")
        private String contentHash = "";

        public RecordedSignature() {
            setKind(DocumentKind.PAPER_CONTRACT);
        }

        public String getContentHash() {
            return contentHash;
        }

        public void setContentHash(String contentHash) {
            this.contentHash = contentHash;
        }
    }

    /** A partner's stance on a pending proposal, as a letter, an e-mail or minutes give it. */
    public static class RecordedStance extends FromDocument {

        private String proposal;

        @NotNull(message = "{meetings.error.stance.missing}")
        private Stance stance;

        @Size(max = 2000, message = "{meetings.error.reason.long}")
        private String reason = "";

        public RecordedStance() {
            setKind(DocumentKind.LETTER);
        }

        public String getProposal() {
            return proposal;
        }

        public void setProposal(String proposal) {
            this.proposal = proposal;
        }

        public Stance getStance() {
            return stance;
        }

        public void setStance(Stance stance) {
            this.stance = stance;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    /** A representative's answer to a stance recorded for their partner: confirmed, or contested with a reason. */
    public static class Answer {

        private String proposal;

        private boolean contest;

        @Size(max = 2000, message = "{meetings.error.reason.long}")
        private String reason = "";

        @NotNull(message = "{meetings.error.date.missing}")
        @NotInTheFuture(message = "{meetings.error.date.future}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate occurredOn = LocalDate.now(ZoneOffset.UTC);

        public String getProposal() {
            return proposal;
        }

        public void setProposal(String proposal) {
            this.proposal = proposal;
        }

        public boolean isContest() {
            return contest;
        }

        public void setContest(boolean contest) {
            this.contest = contest;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public LocalDate getOccurredOn() {
            return occurredOn;
        }

        public void setOccurredOn(LocalDate occurredOn) {
            this.occurredOn = occurredOn;
        }
    }
}
