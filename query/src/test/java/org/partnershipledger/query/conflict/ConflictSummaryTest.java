package org.partnershipledger.query.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.query.conflict.ConflictHistories.PARTNERSHIP;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.conflict.ConflictCategory;

class ConflictSummaryTest {

    private static final LocalDate DAY = LocalDate.of(2004, 1, 1);

    @Test
    void conflictsAreCountedByCategoryAndStateListingOnlyThosePresent() {
        ConflictSummary summary = summarise(new ConflictHistories()
                .raised("c-1", ConflictCategory.COMMUNICATION, DAY)
                .raised("c-2", ConflictCategory.COMMUNICATION, DAY)
                .raised("c-3", ConflictCategory.AGREEMENT_READING, DAY)
                .escalated("c-2", DAY.plusDays(5))
                .abandoned("c-3", DAY.plusDays(7)));

        assertThat(summary.partnershipId()).isEqualTo(PARTNERSHIP);
        assertThat(summary.total()).isEqualTo(3);
        assertThat(summary.byCategory())
                .containsExactly(Map.entry("AGREEMENT_READING", 1L), Map.entry("COMMUNICATION", 2L));
        assertThat(summary.byState())
                .containsExactly(Map.entry("ABANDONED", 1L), Map.entry("ESCALATED", 1L), Map.entry("RAISED", 1L));
    }

    @Test
    void theMedianOfAnOddNumberOfResolutionsIsTheMiddleOne() {
        ConflictSummary summary = summarise(resolvedAfter(40, 10, 20));

        assertThat(summary.medianDaysToResolution()).isEqualTo(20.0);
    }

    @Test
    void theMedianOfAnEvenNumberOfResolutionsIsTheMeanOfTheTwoMiddleOnes() {
        ConflictSummary summary = summarise(resolvedAfter(50, 10, 40, 20));

        assertThat(summary.medianDaysToResolution()).isEqualTo(30.0);
    }

    @Test
    void abandonedConflictsDoNotCountTowardTheTimeToResolution() {
        ConflictSummary summary = summarise(
                resolvedAfter(10).raised("c-x", ConflictCategory.RESOURCES, DAY).abandoned("c-x", DAY.plusDays(300)));

        assertThat(summary.medianDaysToResolution()).isEqualTo(10.0);
    }

    @Test
    void withoutAResolvedConflictThereIsNoMedian() {
        ConflictSummary summary = summarise(new ConflictHistories().raised("c-1", ConflictCategory.OTHER, DAY));

        assertThat(summary.medianDaysToResolution()).isNull();
    }

    @Test
    void aPartnershipWithoutConflictsHasAnEmptySummary() {
        ConflictSummary summary = summarise(new ConflictHistories());

        assertThat(summary).isEqualTo(new ConflictSummary(PARTNERSHIP, Map.of(), Map.of(), null, 0));
    }

    private static ConflictHistories resolvedAfter(int... days) {
        ConflictHistories history = new ConflictHistories();
        for (int i = 0; i < days.length; i++) {
            history.raised("c-" + i, ConflictCategory.RESOURCES, DAY).resolved("c-" + i, DAY.plusDays(days[i]));
        }
        return history;
    }

    private static ConflictSummary summarise(ConflictHistories history) {
        return ConflictHistory.summary(PARTNERSHIP, ConflictHistory.of(PARTNERSHIP, history.events()));
    }
}
