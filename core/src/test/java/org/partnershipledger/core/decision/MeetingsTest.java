package org.partnershipledger.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipledger.core.decision.Parties.MEETING_DAY;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.RuleViolation;

class MeetingsTest {

    private static final MeetingId STEERING = new MeetingId("steering-2004-03");
    private static final LocalDate NEXT_MONTH = MEETING_DAY.plusMonths(1);

    private final Meetings meetings = new Meetings();

    @Test
    void aRecordedMeetingKeepsItsKindDateAndMinutes() {
        meetings.onRecorded(STEERING, MeetingKind.STEERING_GROUP, MEETING_DAY, "Mediator named.");

        RecordedMeeting meeting = meetings.meeting(STEERING).orElseThrow();
        assertThat(meeting.kind()).isEqualTo(MeetingKind.STEERING_GROUP);
        assertThat(meeting.heldOn()).isEqualTo(MEETING_DAY);
        assertThat(meeting.currentMinutes()).isEqualTo("Mediator named.");
    }

    @Test
    void aMeetingRecordedBeforeItsMinutesWereWrittenHasBlankMinutes() {
        meetings.onRecorded(STEERING, MeetingKind.STEERING_GROUP, MEETING_DAY, null);

        assertThat(meetings.meeting(STEERING).orElseThrow().currentMinutes()).isEmpty();
    }

    @Test
    void anUnrecordedMeetingIsNotFound() {
        assertThat(meetings.meeting(STEERING)).isEmpty();
    }

    @Test
    void aMeetingWithANewIdMayBeRecorded() {
        assertThatCode(() -> meetings.requireNewMeeting(STEERING)).doesNotThrowAnyException();
    }

    @Test
    void recordingTheSameMeetingTwiceIsRejected() {
        meetings.onRecorded(STEERING, MeetingKind.STEERING_GROUP, MEETING_DAY, "Mediator named.");

        assertThatThrownBy(() -> meetings.requireNewMeeting(STEERING))
                .isInstanceOf(MeetingAlreadyRecordedException.class)
                .hasFieldOrPropertyWithValue("rule", "meeting-already-recorded")
                .hasFieldOrPropertyWithValue("kind", RuleViolation.Kind.CONFLICTING_STATE)
                .hasFieldOrPropertyWithValue("meetingId", STEERING);
    }

    @Test
    void aCorrectionSupersedesTheMinutesAndKeepsTheOriginal() {
        meetings.onRecorded(STEERING, MeetingKind.STEERING_GROUP, MEETING_DAY, "Mediator named.");

        meetings.onMinutesCorrected(STEERING, "Mediator named: the volunteer centre.", NEXT_MONTH);

        RecordedMeeting meeting = meetings.meeting(STEERING).orElseThrow();
        assertThat(meeting.currentMinutes()).isEqualTo("Mediator named: the volunteer centre.");
        assertThat(meeting.minutes())
                .containsExactly(
                        new MinutesVersion("Mediator named.", MEETING_DAY),
                        new MinutesVersion("Mediator named: the volunteer centre.", NEXT_MONTH));
    }

    @Test
    void aCorrectionThatChangesTheMinutesIsAccepted() {
        meetings.onRecorded(STEERING, MeetingKind.STEERING_GROUP, MEETING_DAY, "Mediator named.");

        assertThatCode(() -> meetings.requireCorrection(STEERING, "No mediator named yet.", NEXT_MONTH))
                .doesNotThrowAnyException();
    }

    @Test
    void correctingTheMinutesOfAnUnknownMeetingIsRejectedAsUnknown() {
        assertThatThrownBy(() -> meetings.requireCorrection(STEERING, "No mediator named yet.", NEXT_MONTH))
                .isInstanceOf(UnknownMeetingException.class)
                .hasFieldOrPropertyWithValue("rule", "meeting-unknown")
                .hasFieldOrPropertyWithValue("kind", RuleViolation.Kind.UNKNOWN)
                .hasFieldOrPropertyWithValue("meetingId", STEERING);
    }

    @Test
    void aCorrectionThatRepeatsTheMinutesIsRejected() {
        meetings.onRecorded(STEERING, MeetingKind.STEERING_GROUP, MEETING_DAY, "Mediator named.");
        meetings.onMinutesCorrected(STEERING, "No mediator named yet.", NEXT_MONTH);

        assertThatThrownBy(() -> meetings.requireCorrection(STEERING, "No mediator named yet.", NEXT_MONTH))
                .isInstanceOf(MinutesUnchangedException.class)
                .hasFieldOrPropertyWithValue("rule", "minutes-unchanged")
                .hasFieldOrPropertyWithValue("kind", RuleViolation.Kind.CONFLICTING_STATE)
                .hasFieldOrPropertyWithValue("meetingId", STEERING);
    }

    @Test
    void aCorrectionMayRestoreTheOriginalMinutes() {
        meetings.onRecorded(STEERING, MeetingKind.STEERING_GROUP, MEETING_DAY, "Mediator named.");
        meetings.onMinutesCorrected(STEERING, "No mediator named yet.", NEXT_MONTH);

        assertThatCode(() -> meetings.requireCorrection(STEERING, "Mediator named.", NEXT_MONTH))
                .doesNotThrowAnyException();
    }

    @Test
    void aCorrectionDatedBeforeTheMeetingIsRejected() {
        meetings.onRecorded(STEERING, MeetingKind.STEERING_GROUP, MEETING_DAY, "Mediator named.");

        assertThatThrownBy(() -> meetings.requireCorrection(STEERING, "No mediator.", MEETING_DAY.minusDays(1)))
                .isInstanceOf(PredatesMeetingException.class)
                .hasFieldOrPropertyWithValue("rule", "predates-meeting")
                .hasFieldOrPropertyWithValue("kind", RuleViolation.Kind.CONFLICTING_STATE)
                .hasFieldOrPropertyWithValue("date", MEETING_DAY.minusDays(1))
                .hasFieldOrPropertyWithValue("heldOn", MEETING_DAY);
    }

    @Test
    void checkingACorrectionChangesNoMinutes() {
        meetings.onRecorded(STEERING, MeetingKind.STEERING_GROUP, MEETING_DAY, "Mediator named.");

        meetings.requireCorrection(STEERING, "No mediator named yet.", NEXT_MONTH);

        assertThat(meetings.meeting(STEERING).orElseThrow().minutes()).hasSize(1);
    }
}
