package org.partnershipledger.core.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.RuleViolation;

class DiariesTest {

    private static final PersonId EXPERIENCE_EXPERT = new PersonId("experience-expert");
    private static final PersonId STRATEGIC_LEADER = new PersonId("strategic-leader");
    private static final DiaryEntryId FIRST_MEETING = new DiaryEntryId("entry-1");
    private static final DiaryEntryId SECOND_MEETING = new DiaryEntryId("entry-2");

    private final Diaries diaries = new Diaries();

    @Test
    void aNewEntryMayBeRecorded() {
        diaries.onRecorded(FIRST_MEETING, EXPERIENCE_EXPERT, Visibility.PRIVATE);

        assertThatNoException().isThrownBy(() -> diaries.checkRecord(SECOND_MEETING));
    }

    @Test
    void recordingAnEntryIdTwiceIsRejected() {
        diaries.onRecorded(FIRST_MEETING, EXPERIENCE_EXPERT, Visibility.PRIVATE);

        assertThatThrownBy(() -> diaries.checkRecord(FIRST_MEETING))
                .isInstanceOf(DiaryEntryAlreadyRecordedException.class)
                .hasFieldOrPropertyWithValue("rule", "diary-entry-already-recorded")
                .hasFieldOrPropertyWithValue("kind", RuleViolation.Kind.CONFLICTING_STATE)
                .hasFieldOrPropertyWithValue("entryId", FIRST_MEETING);
    }

    @Test
    void aRecordedEntryHasTheVisibilityItWasRecordedWith() {
        diaries.onRecorded(FIRST_MEETING, EXPERIENCE_EXPERT, Visibility.SHARED);

        assertThat(diaries.visibilityOf(FIRST_MEETING)).contains(Visibility.SHARED);
    }

    @Test
    void theAuthorMayShareTheirPrivateEntry() {
        diaries.onRecorded(FIRST_MEETING, EXPERIENCE_EXPERT, Visibility.PRIVATE);

        assertThatNoException()
                .isThrownBy(() -> diaries.checkVisibilityChange(FIRST_MEETING, EXPERIENCE_EXPERT, Visibility.SHARED));
    }

    @Test
    void theAuthorMayMakeASharedEntryPrivateAgain() {
        diaries.onRecorded(FIRST_MEETING, EXPERIENCE_EXPERT, Visibility.SHARED);

        assertThatNoException()
                .isThrownBy(() -> diaries.checkVisibilityChange(FIRST_MEETING, EXPERIENCE_EXPERT, Visibility.PRIVATE));
    }

    @Test
    void someoneOtherThanTheAuthorCannotShareAnEntry() {
        diaries.onRecorded(FIRST_MEETING, EXPERIENCE_EXPERT, Visibility.PRIVATE);

        assertThatThrownBy(() -> diaries.checkVisibilityChange(FIRST_MEETING, STRATEGIC_LEADER, Visibility.SHARED))
                .isInstanceOf(NotTheAuthorException.class)
                .hasFieldOrPropertyWithValue("rule", "not-the-author")
                .hasFieldOrPropertyWithValue("kind", RuleViolation.Kind.CONFLICTING_STATE)
                .hasFieldOrPropertyWithValue("entryId", FIRST_MEETING)
                .hasFieldOrPropertyWithValue("requestedBy", STRATEGIC_LEADER);
    }

    @Test
    void someoneOtherThanTheAuthorCannotUnshareAnEntry() {
        diaries.onRecorded(FIRST_MEETING, EXPERIENCE_EXPERT, Visibility.SHARED);

        assertThatThrownBy(() -> diaries.checkVisibilityChange(FIRST_MEETING, STRATEGIC_LEADER, Visibility.PRIVATE))
                .isInstanceOf(NotTheAuthorException.class);
    }

    @Test
    void changingTheVisibilityOfAnUnknownEntryIsRejected() {
        assertThatThrownBy(() -> diaries.checkVisibilityChange(FIRST_MEETING, EXPERIENCE_EXPERT, Visibility.SHARED))
                .isInstanceOf(UnknownDiaryEntryException.class)
                .hasFieldOrPropertyWithValue("rule", "unknown-diary-entry")
                .hasFieldOrPropertyWithValue("kind", RuleViolation.Kind.UNKNOWN)
                .hasFieldOrPropertyWithValue("entryId", FIRST_MEETING);
    }

    @Test
    void sharingAnEntryAlreadySharedIsRejected() {
        diaries.onRecorded(FIRST_MEETING, EXPERIENCE_EXPERT, Visibility.SHARED);

        assertThatThrownBy(() -> diaries.checkVisibilityChange(FIRST_MEETING, EXPERIENCE_EXPERT, Visibility.SHARED))
                .isInstanceOf(VisibilityUnchangedException.class)
                .hasFieldOrPropertyWithValue("rule", "visibility-unchanged")
                .hasFieldOrPropertyWithValue("kind", RuleViolation.Kind.CONFLICTING_STATE)
                .hasFieldOrPropertyWithValue("visibility", Visibility.SHARED)
                .hasMessageContaining("is already shared");
    }

    @Test
    void makingAPrivateEntryPrivateIsRejected() {
        diaries.onRecorded(FIRST_MEETING, EXPERIENCE_EXPERT, Visibility.PRIVATE);

        assertThatThrownBy(() -> diaries.checkVisibilityChange(FIRST_MEETING, EXPERIENCE_EXPERT, Visibility.PRIVATE))
                .isInstanceOf(VisibilityUnchangedException.class);
    }

    @Test
    void aSharedEntryIsSharedUntilItsAuthorUnsharesIt() {
        diaries.onRecorded(FIRST_MEETING, EXPERIENCE_EXPERT, Visibility.PRIVATE);
        diaries.onVisibilityChanged(FIRST_MEETING, Visibility.SHARED);

        assertThat(diaries.visibilityOf(FIRST_MEETING)).contains(Visibility.SHARED);
    }

    @Test
    void theAuthorStaysTheAuthorAfterSharing() {
        diaries.onRecorded(FIRST_MEETING, EXPERIENCE_EXPERT, Visibility.PRIVATE);
        diaries.onVisibilityChanged(FIRST_MEETING, Visibility.SHARED);

        assertThatNoException()
                .isThrownBy(() -> diaries.checkVisibilityChange(FIRST_MEETING, EXPERIENCE_EXPERT, Visibility.PRIVATE));
    }

    @Test
    void anUnknownEntryHasNoVisibility() {
        assertThat(diaries.visibilityOf(FIRST_MEETING)).isEmpty();
    }
}
