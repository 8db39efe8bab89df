package org.partnershipledger.web.pages;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.partnershipledger.core.programme.ProgrammeMeetingKind;
import org.partnershipledger.web.api.NotInTheFuture;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of a programme's page. Persons are given by their person ids: names are personal data. */
final class ProgrammeForms {

    private ProgrammeForms() {}

    static class MatchPairForm {
        @NotBlank
        private String experienceExpert;

        @NotBlank
        private String strategicLeader;

        @NotNull
        @NotInTheFuture
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate occurredOn;

        static MatchPairForm on(LocalDate today) {
            MatchPairForm form = new MatchPairForm();
            form.setOccurredOn(today);
            return form;
        }

        public String getExperienceExpert() {
            return experienceExpert;
        }

        public void setExperienceExpert(String experienceExpert) {
            this.experienceExpert = experienceExpert;
        }

        public String getStrategicLeader() {
            return strategicLeader;
        }

        public void setStrategicLeader(String strategicLeader) {
            this.strategicLeader = strategicLeader;
        }

        public LocalDate getOccurredOn() {
            return occurredOn;
        }

        public void setOccurredOn(LocalDate occurredOn) {
            this.occurredOn = occurredOn;
        }
    }

    static class TreatmentRelationshipForm {
        @NotBlank
        private String person;

        @NotBlank
        private String closeTo;

        @NotNull
        @NotInTheFuture
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate occurredOn;

        static TreatmentRelationshipForm on(LocalDate today) {
            TreatmentRelationshipForm form = new TreatmentRelationshipForm();
            form.setOccurredOn(today);
            return form;
        }

        public String getPerson() {
            return person;
        }

        public void setPerson(String person) {
            this.person = person;
        }

        public String getCloseTo() {
            return closeTo;
        }

        public void setCloseTo(String closeTo) {
            this.closeTo = closeTo;
        }

        public LocalDate getOccurredOn() {
            return occurredOn;
        }

        public void setOccurredOn(LocalDate occurredOn) {
            this.occurredOn = occurredOn;
        }
    }

    /** A joint meeting; attendees one person id a line (or separated by commas). */
    static class JointMeetingForm {
        @NotNull
        private ProgrammeMeetingKind kind;

        @NotNull
        @NotInTheFuture
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate heldOn;

        @NotBlank
        private String attendees;

        static JointMeetingForm of(ProgrammeMeetingKind kind, LocalDate heldOn, List<String> attendees) {
            JointMeetingForm form = new JointMeetingForm();
            form.setKind(kind);
            form.setHeldOn(heldOn);
            form.setAttendees(String.join("\n", attendees));
            return form;
        }

        List<String> attendeeList() {
            return Arrays.stream(attendees.split("[,\\n\\r]+"))
                    .map(String::strip)
                    .filter(attendee -> !attendee.isEmpty())
                    .toList();
        }

        public ProgrammeMeetingKind getKind() {
            return kind;
        }

        public void setKind(ProgrammeMeetingKind kind) {
            this.kind = kind;
        }

        public LocalDate getHeldOn() {
            return heldOn;
        }

        public void setHeldOn(LocalDate heldOn) {
            this.heldOn = heldOn;
        }

        public String getAttendees() {
            return attendees;
        }

        public void setAttendees(String attendees) {
            this.attendees = attendees;
        }
    }
}
