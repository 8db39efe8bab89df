package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.Values;
import org.partnershipledger.core.decision.Attendee;
import org.partnershipledger.core.decision.Attendees;
import org.partnershipledger.core.decision.MeetingId;
import org.partnershipledger.core.decision.MeetingKind;
import org.partnershipledger.core.decision.ProposalPut;
import org.partnershipledger.core.decision.StanceGiven;

/**
 * A meeting held: who attended for which partner, the agenda, the minutes, and the proposals put to it
 * with each partner's stance. Stances given at a meeting are given on its date, by a representative of
 * that partner who was there. {@code recordedBy} is who writes the meeting into the ledger (null when not
 * known): each stance not given by them is recorded on its giver's behalf, from the minutes, and its partner
 * may confirm or contest it.
 */
public record RecordMeeting(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        MeetingId meetingId,
        MeetingKind kind,
        LocalDate occurredOn,
        List<Attendee> attendees,
        List<String> agenda,
        String minutes,
        List<ProposalPut> proposals,
        PersonId recordedBy) {

    /** A meeting whose recorder is not named (histories entered before recorders were). */
    public RecordMeeting(
            PartnershipId partnershipId,
            MeetingId meetingId,
            MeetingKind kind,
            LocalDate occurredOn,
            List<Attendee> attendees,
            List<String> agenda,
            String minutes,
            List<ProposalPut> proposals) {
        this(partnershipId, meetingId, kind, occurredOn, attendees, agenda, minutes, proposals, null);
    }

    public RecordMeeting {
        Values.requirePresent(partnershipId, "partnershipId");
        Values.requirePresent(meetingId, "meetingId");
        Values.requirePresent(kind, "kind");
        Values.requirePresent(occurredOn, "occurredOn");
        attendees = Attendees.require(attendees, "attendees");
        agenda = agenda == null ? List.of() : Values.requireList(agenda, "agenda");
        minutes = minutes == null ? "" : minutes.strip();
        proposals = proposals == null ? List.of() : ProposalPut.requireList(proposals, "proposals");
        for (ProposalPut put : proposals) {
            for (StanceGiven stance : put.stances()) {
                Attendees.requireGivenByRepresentativePresent(attendees, stance, "proposals");
                if (!stance.occurredOn().equals(occurredOn)) {
                    throw new InvalidValueException(
                            "proposals", "a stance given at the meeting is dated " + occurredOn);
                }
            }
        }
    }
}
