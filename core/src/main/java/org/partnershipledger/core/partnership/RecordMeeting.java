package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.PartnershipId;
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
 * that partner who was there.
 */
public record RecordMeeting(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        MeetingId meetingId,
        MeetingKind kind,
        LocalDate heldOn,
        List<Attendee> attendees,
        List<String> agenda,
        String minutes,
        List<ProposalPut> proposals) {

    public RecordMeeting {
        Values.requirePresent(partnershipId, "partnershipId");
        Values.requirePresent(meetingId, "meetingId");
        Values.requirePresent(kind, "kind");
        Values.requirePresent(heldOn, "heldOn");
        attendees = Attendees.require(attendees, "attendees");
        agenda = agenda == null ? List.of() : Values.requireList(agenda, "agenda");
        minutes = minutes == null ? "" : minutes.strip();
        proposals = proposals == null ? List.of() : ProposalPut.requireList(proposals, "proposals");
        for (ProposalPut put : proposals) {
            for (StanceGiven stance : put.stances()) {
                Attendees.requireGivenByRepresentativePresent(attendees, stance, "proposals");
                if (!stance.givenOn().equals(heldOn)) {
                    throw new InvalidValueException("proposals", "a stance given at the meeting is dated " + heldOn);
                }
            }
        }
    }
}
