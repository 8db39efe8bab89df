package org.partnershipledger.web.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.partnershipledger.core.programme.ProgrammeMeetingKind;
import org.partnershipledger.web.api.NotInTheFuture;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of a programme's page. Persons are chosen by name; the form sends their person ids. */
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

    /** A joint meeting; the attendees ticked among everyone in the programme. */
    static class JointMeetingForm {
        @NotNull
        private ProgrammeMeetingKind kind;

        @NotNull
        @NotInTheFuture
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate occurredOn;

        @NotEmpty
        private List<String> attendees = new ArrayList<>();

        static JointMeetingForm of(ProgrammeMeetingKind kind, LocalDate occurredOn, List<String> attendees) {
            JointMeetingForm form = new JointMeetingForm();
            form.setKind(kind);
            form.setOccurredOn(occurredOn);
            form.setAttendees(new ArrayList<>(attendees));
            return form;
        }

        List<String> attendeeList() {
            return attendees.stream()
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

        public LocalDate getOccurredOn() {
            return occurredOn;
        }

        public void setOccurredOn(LocalDate occurredOn) {
            this.occurredOn = occurredOn;
        }

        public List<String> getAttendees() {
            return attendees;
        }

        public void setAttendees(List<String> attendees) {
            this.attendees = attendees;
        }
    }
}
