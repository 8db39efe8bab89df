package org.partnershipledger.core.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The meetings of one partnership as the minutes record them. Minutes are never edited: a correction
 * supersedes the text on record and the original stays, so a mediator can see what was first written.
 */
public final class Meetings {

    private final Map<MeetingId, Entry> meetings = new LinkedHashMap<>();

    public void requireNewMeeting(MeetingId meetingId) {
        if (meetings.containsKey(meetingId)) {
            throw new MeetingAlreadyRecordedException(meetingId);
        }
    }

    public void requireCorrection(MeetingId meetingId, String text, LocalDate correctedOn) {
        Entry entry = meetings.get(meetingId);
        if (entry == null) {
            throw new UnknownMeetingException(meetingId);
        }
        if (correctedOn.isBefore(entry.heldOn)) {
            throw new PredatesMeetingException(meetingId, correctedOn, entry.heldOn);
        }
        if (Objects.equals(entry.current(), text)) {
            throw new MinutesUnchangedException(meetingId);
        }
    }

    public Optional<RecordedMeeting> meeting(MeetingId meetingId) {
        return Optional.ofNullable(meetings.get(meetingId)).map(Entry::toRecordedMeeting);
    }

    /** Minutes are often written after the meeting, so they may be blank (null) when it is recorded. */
    public void onRecorded(MeetingId meetingId, MeetingKind kind, LocalDate heldOn, String minutes) {
        Entry entry = new Entry(meetingId, kind, heldOn);
        entry.versions.add(new MinutesVersion(minutes == null ? "" : minutes, heldOn));
        meetings.put(meetingId, entry);
    }

    public void onMinutesCorrected(MeetingId meetingId, String text, LocalDate correctedOn) {
        meetings.get(meetingId).versions.add(new MinutesVersion(text, correctedOn));
    }

    private static final class Entry {
        private final MeetingId id;
        private final MeetingKind kind;
        private final LocalDate heldOn;
        private final List<MinutesVersion> versions = new ArrayList<>();

        private Entry(MeetingId id, MeetingKind kind, LocalDate heldOn) {
            this.id = id;
            this.kind = kind;
            this.heldOn = heldOn;
        }

        private String current() {
            return versions.get(versions.size() - 1).text();
        }

        private RecordedMeeting toRecordedMeeting() {
            return new RecordedMeeting(id, kind, heldOn, versions);
        }

        // State rebuilt from the same events must compare equal (Axon's fixture checks this).
        @Override
        public boolean equals(Object other) {
            return other instanceof Entry entry && toRecordedMeeting().equals(entry.toRecordedMeeting());
        }

        @Override
        public int hashCode() {
            return id.hashCode();
        }
    }
}
