package org.partnershipledger.web.conflict;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.partnershipledger.core.conflict.ConflictCategory;
import org.partnershipledger.web.api.NotInTheFuture;
import org.springframework.format.annotation.DateTimeFormat;

/** What the conflict forms ask; bound from the form posts, checked at the edge and kept on an error. */
final class ConflictForms {

    private ConflictForms() {}

    /** Raising a conflict: for a partner the person represents, with the partners it concerns. */
    static final class Raise {
        @NotBlank(message = "{conflicts.required}")
        private String raisedBy;

        @NotEmpty(message = "{conflicts.concerning.required}")
        private List<String> concerning = new ArrayList<>();

        @NotNull(message = "{conflicts.required}")
        private ConflictCategory category;

        @NotBlank(message = "{conflicts.required}")
        private String topic;

        @NotBlank(message = "{conflicts.required}")
        private String description;

        @NotNull(message = "{conflicts.date.required}")
        @NotInTheFuture(message = "{conflicts.date.future}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate occurredOn;

        public String getRaisedBy() {
            return raisedBy;
        }

        public void setRaisedBy(String raisedBy) {
            this.raisedBy = raisedBy;
        }

        public List<String> getConcerning() {
            return concerning;
        }

        public void setConcerning(List<String> concerning) {
            this.concerning = concerning == null ? new ArrayList<>() : concerning;
        }

        public ConflictCategory getCategory() {
            return category;
        }

        public void setCategory(ConflictCategory category) {
            this.category = category;
        }

        public String getTopic() {
            return topic;
        }

        public void setTopic(String topic) {
            this.topic = topic;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public LocalDate getOccurredOn() {
            return occurredOn;
        }

        public void setOccurredOn(LocalDate occurredOn) {
            this.occurredOn = occurredOn;
        }
    }

    /** A step with a note and its date: a dialogue step between the partners, or a mediation session. */
    static final class Note {
        @NotBlank(message = "{conflicts.required}")
        private String note;

        @NotNull(message = "{conflicts.date.required}")
        @NotInTheFuture(message = "{conflicts.date.future}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate occurredOn;

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public LocalDate getOccurredOn() {
            return occurredOn;
        }

        public void setOccurredOn(LocalDate occurredOn) {
            this.occurredOn = occurredOn;
        }
    }

    /** Escalating: to the mediator the agreement names when no mediator is given, else to the one appointed. */
    static final class Escalation {
        private String mediatorName;
        private String mediatorOrganisation;
        private String mediatorPerson;

        @NotNull(message = "{conflicts.date.required}")
        @NotInTheFuture(message = "{conflicts.date.future}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate occurredOn;

        boolean appointsMediator() {
            return !isBlank(mediatorName) || !isBlank(mediatorOrganisation) || !isBlank(mediatorPerson);
        }

        public String getMediatorName() {
            return mediatorName;
        }

        public void setMediatorName(String mediatorName) {
            this.mediatorName = mediatorName;
        }

        public String getMediatorOrganisation() {
            return mediatorOrganisation;
        }

        public void setMediatorOrganisation(String mediatorOrganisation) {
            this.mediatorOrganisation = mediatorOrganisation;
        }

        public String getMediatorPerson() {
            return mediatorPerson;
        }

        public void setMediatorPerson(String mediatorPerson) {
            this.mediatorPerson = mediatorPerson;
        }

        public LocalDate getOccurredOn() {
            return occurredOn;
        }

        public void setOccurredOn(LocalDate occurredOn) {
            this.occurredOn = occurredOn;
        }
    }

    /** Resolving: the resolution and the partners who consent to it. */
    static final class Resolution {
        @NotBlank(message = "{conflicts.required}")
        private String resolution;

        @NotEmpty(message = "{conflicts.consent.required}")
        private Set<String> consentedBy = new LinkedHashSet<>();

        @NotNull(message = "{conflicts.date.required}")
        @NotInTheFuture(message = "{conflicts.date.future}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate occurredOn;

        public String getResolution() {
            return resolution;
        }

        public void setResolution(String resolution) {
            this.resolution = resolution;
        }

        public Set<String> getConsentedBy() {
            return consentedBy;
        }

        public void setConsentedBy(Set<String> consentedBy) {
            this.consentedBy = consentedBy == null ? new LinkedHashSet<>() : consentedBy;
        }

        public LocalDate getOccurredOn() {
            return occurredOn;
        }

        public void setOccurredOn(LocalDate occurredOn) {
            this.occurredOn = occurredOn;
        }
    }

    /** Abandoning: why the conflict is given up without a resolution. */
    static final class Abandonment {
        @NotBlank(message = "{conflicts.required}")
        private String reason;

        @NotNull(message = "{conflicts.date.required}")
        @NotInTheFuture(message = "{conflicts.date.future}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate occurredOn;

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

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
