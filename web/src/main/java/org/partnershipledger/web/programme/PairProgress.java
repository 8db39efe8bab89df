package org.partnershipledger.web.programme;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.partnershipledger.core.partnership.DiaryEntryRecorded;
import org.partnershipledger.core.partnership.MeetingRecorded;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.query.programme.ProgrammeView;
import org.partnershipledger.query.programme.ProgrammeView.PairView;
import org.partnershipledger.web.diary.DiaryLines;
import org.partnershipledger.web.security.AccessRefused;
import org.partnershipledger.web.security.Histories;
import org.partnershipledger.web.security.Histories.Reading;
import org.partnershipledger.web.security.PartnershipNotFoundException;
import org.springframework.stereotype.Component;

/**
 * How far each pair has come: its meetings so far against the two to three a pair holds in a programme,
 * and its diaries. What a pair does is on its own partnership, read through the same rules as every
 * partnership page: the facilitator learns how many diary entries there are, never what they say.
 */
@Component
class PairProgress {

    /** A pair holds at least this many meetings of its own in a programme (DOMAIN.md: 2-3). */
    static final int MEETINGS_EXPECTED = 2;

    private final Histories histories;

    PairProgress(Histories histories) {
        this.histories = histories;
    }

    /**
     * One pair as the page shows it. {@code formed} is false while the pair's partnership is still being
     * set up (that happens just after the match). {@code entries} holds only the diary entries the reader
     * may read (their own, and those shared in the pair); the facilitator gets none, only the count.
     */
    record PairRow(
            PairView pair,
            boolean formed,
            int meetings,
            int expectedByNow,
            int diaryEntries,
            List<DiaryLines.DiaryLine> entries) {

        public boolean behind() {
            return meetings < expectedByNow;
        }
    }

    /** The facilitator's row: counts only. */
    PairRow counted(ProgrammeView programme, PairView pair, LocalDate today) {
        return read(pair)
                .map(reading -> new PairRow(
                        pair,
                        true,
                        meetings(reading.history()),
                        expectedByNow(programme, today),
                        (int) reading.history().stream()
                                .filter(event -> event.event() instanceof DiaryEntryRecorded)
                                .count(),
                        List.of()))
                .orElseGet(() -> unformed(programme, pair, today));
    }

    /** A pair member's row: their own diary entries and those shared with them, as the ledger redacts it. */
    PairRow asMember(ProgrammeView programme, PairView pair, LocalDate today) {
        return read(pair)
                .map(reading -> {
                    List<DiaryLines.DiaryLine> entries =
                            DiaryLines.of(histories.window(reading, Optional.empty(), Optional.empty()));
                    return new PairRow(
                            pair,
                            true,
                            meetings(reading.history()),
                            expectedByNow(programme, today),
                            entries.size(),
                            entries);
                })
                .orElseGet(() -> unformed(programme, pair, today));
    }

    /**
     * The pairs' own meetings run from the joint kick-off to the programme's end, so by the midpoint a pair
     * is expected to have met once and by the end twice. Before the kick-off nothing is expected yet.
     */
    static int expectedByNow(ProgrammeView programme, LocalDate today) {
        LocalDate from = programme.kickOffOn();
        if (from == null) {
            return 0;
        }
        LocalDate until = programme.wrappedUpOn() != null ? programme.wrappedUpOn() : today;
        long total = DAYS.between(from, programme.endsOn());
        if (total <= 0) {
            return MEETINGS_EXPECTED;
        }
        long elapsed = Math.max(0, Math.min(DAYS.between(from, until), total));
        return (int) (MEETINGS_EXPECTED * elapsed / total);
    }

    private Optional<Reading> read(PairView pair) {
        try {
            return Optional.of(histories.readable(pair.partnership()));
        } catch (PartnershipNotFoundException | AccessRefused notFormedOrAppointedYet) {
            return Optional.empty();
        }
    }

    private static int meetings(List<HistoryEvent> history) {
        return (int) history.stream()
                .filter(event -> event.event() instanceof MeetingRecorded)
                .count();
    }

    private static PairRow unformed(ProgrammeView programme, PairView pair, LocalDate today) {
        return new PairRow(pair, false, 0, expectedByNow(programme, today), 0, List.of());
    }
}
