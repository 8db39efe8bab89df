package org.partnershipledger.web.meeting;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnershipledger.core.decision.MeetingKind;
import org.partnershipledger.web.agreement.ProposalForm;
import org.partnershipledger.web.api.NotInTheFuture;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A meeting as the steering group enters it: date, kind, who attended, the minutes, and the proposals put
 * to it with each partner's stance. A proposal row left empty is no proposal (the form always offers one).
 */
public class MeetingForm {

    @NotNull(message = "{meetings.error.heldOn.missing}")
    @NotInTheFuture(message = "{meetings.error.heldOn.future}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate occurredOn = LocalDate.now(ZoneOffset.UTC);

    @NotNull(message = "{meetings.error.kind.missing}")
    private MeetingKind kind = MeetingKind.STEERING_GROUP;

    @NotEmpty(message = "{meetings.error.attendees.missing}")
    private List<String> attendees = new ArrayList<>();

    @Size(max = 20000, message = "{meetings.error.minutes.long}")
    private String minutes = "";

    private List<ProposalForm> proposals = new ArrayList<>(List.of(new ProposalForm()));

    /** One proposal: its text, the partner putting it, and each partner's stance by partner id. */
    public static class ProposalForm {

        @Size(max = 5000, message = "{meetings.error.proposal.long}")
        private String text = "";

        private String proposedBy = "";

        // Blank means the partner has not given its stance yet, so the proposal stays pending.
        private Map<String, String> stances = new LinkedHashMap<>();

        boolean isEmpty() {
            return (text == null || text.isBlank())
                    && stances.values().stream().allMatch(stance -> stance == null || stance.isBlank());
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getProposedBy() {
            return proposedBy;
        }

        public void setProposedBy(String proposedBy) {
            this.proposedBy = proposedBy;
        }

        public Map<String, String> getStances() {
            return stances;
        }

        public void setStances(Map<String, String> stances) {
            this.stances = stances;
        }
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
    }

    public List<String> getAttendees() {
        return attendees;
    }

    public void setAttendees(List<String> attendees) {
        this.attendees = attendees;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public List<ProposalForm> getProposals() {
        return proposals;
    }

    public void setProposals(List<ProposalForm> proposals) {
        this.proposals = proposals;
    }
}
