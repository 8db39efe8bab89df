package org.partnershipledger.core.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.PersonId;

class DiaryEntryTest {

    private static final PersonId AUTHOR = new PersonId("experience-expert");
    private static final LocalDate AFTER_THE_FIRST_MEETING = LocalDate.of(2024, 3, 5);
    private static final String TEXT = "We talked about waiting times; I felt listened to.";

    @Test
    void anEntryIsPrivateUnlessItsAuthorSharesIt() {
        assertThat(new DiaryEntry(AUTHOR, AFTER_THE_FIRST_MEETING, TEXT, null).visibility())
                .isEqualTo(Visibility.PRIVATE);
    }

    @Test
    void anEntryMayBeSharedWhenItIsWritten() {
        assertThat(new DiaryEntry(AUTHOR, AFTER_THE_FIRST_MEETING, TEXT, Visibility.SHARED).visibility())
                .isEqualTo(Visibility.SHARED);
    }

    @Test
    void anEntryWithoutTextIsRejected() {
        assertThatThrownBy(() -> new DiaryEntry(AUTHOR, AFTER_THE_FIRST_MEETING, "  ", Visibility.PRIVATE))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "text");
    }

    @Test
    void anEntryWithoutAnAuthorIsRejected() {
        assertThatThrownBy(() -> new DiaryEntry(null, AFTER_THE_FIRST_MEETING, TEXT, Visibility.PRIVATE))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "author");
    }

    @Test
    void anEntryWithoutADateIsRejected() {
        assertThatThrownBy(() -> new DiaryEntry(AUTHOR, null, TEXT, Visibility.PRIVATE))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "occurredOn");
    }

    @Test
    void theTextOfAnEntryStaysOutOfItsDescriptionInLogs() {
        DiaryEntry entry = new DiaryEntry(AUTHOR, AFTER_THE_FIRST_MEETING, TEXT, Visibility.PRIVATE);

        assertThat(entry.toString()).doesNotContain("waiting times").contains("experience-expert");
    }

    @Test
    void aBlankDiaryEntryIdIsRejected() {
        assertThatThrownBy(() -> new DiaryEntryId(""))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "diaryEntryId");
    }

    @Test
    void aDiaryEntryIdReadsAsItsBareValue() {
        assertThat(new DiaryEntryId("entry-1")).hasToString("entry-1");
    }
}
