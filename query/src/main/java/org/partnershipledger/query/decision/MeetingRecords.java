package org.partnershipledger.query.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.partnershipledger.core.partnership.MeetingRecorded;
import org.partnershipledger.core.partnership.MinutesCorrected;
import org.partnershipledger.query.history.HistoryEvent;

/**
 * The meetings of a partnership as a reader may see them: who attended for which partner, the agenda, the
 * minutes as last corrected, and the proposals put there with each partner's stance and the outcome. A fold
 * over a history as the reader may see it, so a researcher reads persons as pseudonyms and free text as the
 * redaction leaves it.
 */
public final class MeetingRecords {

    /** A person at the meeting and the partner they represented there ({@code null} for a guest). */
    public record MeetingAttendee(String person, String represents) {}

    /** A meeting; {@code minutesCorrectedOn} is the day of the latest correction, null if none. */
    public record MeetingView(
            String meetingId,
            String kind,
            LocalDate heldOn,
            List<MeetingAttendee> attendees,
            List<String> agenda,
            String minutes,
            LocalDate minutesCorrectedOn,
            List<DecisionView> decisions) {

        public MeetingView {
            attendees = List.copyOf(attendees);
            agenda = List.copyOf(agenda);
            decisions = List.copyOf(decisions);
        }
    }

    private MeetingRecords() {}

    /** Every meeting, in the order held. */
    public static List<MeetingView> of(List<HistoryEvent> history) {
        Map<String, MeetingView> meetings = new LinkedHashMap<>();
        List<HistoryEvent> inRecordedOrder = new ArrayList<>(history);
        inRecordedOrder.sort(Comparator.comparingLong(HistoryEvent::sequence));
        for (HistoryEvent recorded : inRecordedOrder) {
            if (recorded.event() instanceof MeetingRecorded meeting) {
                meetings.put(
                        meeting.meetingId().value(),
                        new MeetingView(
                                meeting.meetingId().value(),
                                meeting.kind().name(),
                                meeting.occurredOn(),
                                meeting.attendees().stream()
                                        .map(attendee -> new MeetingAttendee(
                                                attendee.person().value(),
                                                attendee.attendsAsGuest()
                                                        ? null
                                                        : attendee.represents().value()))
                                        .toList(),
                                meeting.agenda(),
                                meeting.minutes(),
                                null,
                                List.of()));
            } else if (recorded.event() instanceof MinutesCorrected corrected) {
                meetings.computeIfPresent(
                        corrected.meetingId().value(),
                        (id, meeting) -> new MeetingView(
                                id,
                                meeting.kind(),
                                meeting.heldOn(),
                                meeting.attendees(),
                                meeting.agenda(),
                                corrected.minutes(),
                                corrected.occurredOn(),
                                List.of()));
            }
        }
        List<DecisionView> decisions = DecisionTrail.of(history);
        return meetings.values().stream()
                .map(meeting -> new MeetingView(
                        meeting.meetingId(),
                        meeting.kind(),
                        meeting.heldOn(),
                        meeting.attendees(),
                        meeting.agenda(),
                        meeting.minutes(),
                        meeting.minutesCorrectedOn(),
                        decisions.stream()
                                .filter(decision -> meeting.meetingId().equals(decision.meetingId()))
                                .toList()))
                .sorted(Comparator.comparing(MeetingView::heldOn))
                .toList();
    }

    /** One meeting, if it was recorded. */
    public static Optional<MeetingView> meeting(List<HistoryEvent> history, String meetingId) {
        return of(history).stream()
                .filter(meeting -> meeting.meetingId().equals(meetingId))
                .findFirst();
    }

    /** The persons a meeting names: its attendees and whoever gave, recorded or answered a stance there. */
    public static List<String> persons(MeetingView meeting) {
        return Stream.concat(
                        meeting.attendees().stream().map(MeetingAttendee::person),
                        meeting.decisions().stream().flatMap(decision -> DecisionTrail.persons(decision).stream()))
                .distinct()
                .toList();
    }
}
