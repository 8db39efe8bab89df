package org.partnershipledger.web.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.partnershipledger.core.decision.Stance;
import org.partnershipledger.web.api.NotInTheFuture;
import org.springframework.format.annotation.DateTimeFormat;

/** The two forms of a pending proposal on the decisions page: a stance given in writing, and a retraction. */
final class DecisionForms {

    private DecisionForms() {}

    /** A partner that had not answered gives its stance in writing, through the signed-in representative. */
    public static class WrittenStance {

        private String proposal;

        @NotNull(message = "{meetings.error.stance.missing}")
        private Stance stance;

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

        public Stance getStance() {
            return stance;
        }

        public void setStance(Stance stance) {
            this.stance = stance;
        }

        /** The giver marks the reason as their personal data: stored encrypted, erased with them. */
        private boolean reasonPersonal;

        public boolean isReasonPersonal() {
            return reasonPersonal;
        }

        public void setReasonPersonal(boolean reasonPersonal) {
            this.reasonPersonal = reasonPersonal;
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

    /** A pending proposal taken off the table by its proposer, with the reason why. */
    public static class Retraction {

        private String proposal;

        @NotBlank(message = "{meetings.error.reason.missing}")
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
