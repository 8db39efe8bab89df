package org.partnershipledger.web.meeting;

import java.util.List;
import java.util.Optional;
import org.partnershipledger.core.decision.MeetingId;
import org.partnershipledger.core.decision.UnknownMeetingException;
import org.partnershipledger.query.decision.DecisionTrail;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.web.pages.PageController;
import org.partnershipledger.web.persons.PeopleNames;
import org.partnershipledger.web.programme.PairTitles;
import org.partnershipledger.web.security.Histories;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One meeting: when, what kind, who attended, the minutes as they now read, and what was decided there. */
@Controller
class MeetingPage implements PageController {

    private final Histories histories;
    private final PeopleNames names;
    private final PairTitles pairTitles;

    MeetingPage(Histories histories, PeopleNames names, PairTitles pairTitles) {
        this.histories = histories;
        this.names = names;
        this.pairTitles = pairTitles;
    }

    /** An attendee by name and the partner they represented (none for a guest). */
    record AttendeeRow(String name, String partnerName) {}

    @GetMapping("/partnerships/{id}/meetings/{meeting}")
    String meeting(@PathVariable String id, @PathVariable String meeting, Model model) {
        // The reader's own window of the history: a researcher sees pseudonyms, nobody sees more than allowed.
        List<HistoryEvent> history = histories.window(id, Optional.empty(), Optional.empty());
        Steering steering = Steering.of(history, names.byPerson());
        Steering.MeetingOnRecord found =
                steering.meeting(meeting).orElseThrow(() -> new UnknownMeetingException(new MeetingId(meeting)));
        model.addAttribute("partnershipId", id);
        model.addAttribute("partnershipName", steering.partnershipName(pairTitles));
        model.addAttribute("meeting", found);
        model.addAttribute(
                "attendees",
                found.attendees().stream()
                        .map(attendee -> new AttendeeRow(
                                steering.personName(attendee.person().value()),
                                attendee.represents() == null
                                        ? null
                                        : steering.partnerName(
                                                attendee.represents().value())))
                        .toList());
        model.addAttribute(
                "proposals",
                DecisionTrail.of(history).stream()
                        .filter(decision -> meeting.equals(decision.meetingId()))
                        .map(decision -> DecisionRow.of(decision, steering))
                        .toList());
        return "meetings/meeting";
    }
}
