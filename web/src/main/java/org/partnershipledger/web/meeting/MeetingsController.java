package org.partnershipledger.web.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.partnershipledger.core.decision.MeetingId;
import org.partnershipledger.core.decision.UnknownMeetingException;
import org.partnershipledger.query.decision.MeetingRecords;
import org.partnershipledger.query.decision.MeetingRecords.MeetingView;
import org.partnershipledger.web.partnership.PartnershipController;
import org.partnershipledger.web.persons.PersonNames;
import org.partnershipledger.web.security.Histories;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A partnership's meetings as the reader may see them: attendees, agenda, minutes, and what was decided
 * there, each partner's stance included.
 */
@RestController
@RequestMapping(PartnershipController.PATH + "/{partnershipId}/meetings")
class MeetingsController {

    private final Histories histories;
    private final PersonNames names;

    MeetingsController(Histories histories, PersonNames names) {
        this.histories = histories;
        this.names = names;
    }

    /** Every meeting, in the order held. */
    @GetMapping
    List<PersonNames.Named<MeetingView>> list(
            @PathVariable String partnershipId,
            @RequestParam Optional<LocalDate> asOf,
            @RequestParam Optional<Instant> knownAt) {
        List<MeetingView> meetings = MeetingRecords.of(histories.window(partnershipId, asOf, knownAt));
        PersonNames.Known known = names.of(meetings.stream()
                .flatMap(meeting -> MeetingRecords.persons(meeting).stream())
                .toList());
        return meetings.stream()
                .map(meeting -> known.beside(meeting, MeetingRecords.persons(meeting)))
                .toList();
    }

    @GetMapping("/{meetingId}")
    PersonNames.Named<MeetingView> find(
            @PathVariable String partnershipId,
            @PathVariable String meetingId,
            @RequestParam Optional<LocalDate> asOf,
            @RequestParam Optional<Instant> knownAt) {
        MeetingView meeting = MeetingRecords.meeting(histories.window(partnershipId, asOf, knownAt), meetingId)
                .orElseThrow(() -> new UnknownMeetingException(new MeetingId(meetingId)));
        List<String> persons = MeetingRecords.persons(meeting);
        return names.of(persons).beside(meeting, persons);
    }
}
