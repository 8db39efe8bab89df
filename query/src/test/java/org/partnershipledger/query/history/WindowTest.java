package org.partnershipledger.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.partnership.ObservedPhase;
import org.partnershipledger.core.partnership.PhaseObserved;

class WindowTest {

    private static final PartnershipId ID = new PartnershipId("p");

    /** Entered afterwards: the second event recorded happened before the first. */
    private static final List<HistoryEvent> RECORDED_OUT_OF_ORDER = List.of(
            observed(0, "2004-03-01", "2004-03-02T10:00:00Z"),
            observed(1, "2003-09-01", "2004-03-05T10:00:00Z"),
            observed(2, "2004-06-01", "2004-06-01T10:00:00Z"));

    private static HistoryEvent observed(long sequence, String on, String recorded) {
        LocalDate date = LocalDate.parse(on);
        return new HistoryEvent(
                sequence,
                date,
                Instant.parse(recorded),
                new PhaseObserved(ID, new PersonId("facilitator"), ObservedPhase.CONTROL, "", date));
    }

    @Test
    void asOfADateKeepsWhatHadHappenedByThenWhenEverItWasRecorded() {
        List<HistoryEvent> asOf = new PartnershipHistory.Window(
                        Optional.of(LocalDate.parse("2004-03-31")), Optional.empty())
                .of(RECORDED_OUT_OF_ORDER);

        assertThat(asOf).extracting(HistoryEvent::sequence).containsExactly(0L, 1L);
    }

    @Test
    void knownAtATimeKeepsWhatTheLedgerHadBeenToldByThen() {
        List<HistoryEvent> knownAt = new PartnershipHistory.Window(
                        Optional.empty(), Optional.of(Instant.parse("2004-03-03T00:00:00Z")))
                .of(RECORDED_OUT_OF_ORDER);

        assertThat(knownAt).extracting(HistoryEvent::sequence).containsExactly(0L);
    }

    @Test
    void bothTogetherAskWhatWasKnownThenAboutADate() {
        List<HistoryEvent> both = new PartnershipHistory.Window(
                        Optional.of(LocalDate.parse("2003-12-31")), Optional.of(Instant.parse("2004-03-06T00:00:00Z")))
                .of(RECORDED_OUT_OF_ORDER);

        assertThat(both).extracting(HistoryEvent::sequence).containsExactly(1L);
    }

    @Test
    void theWholeHistoryIsKeptWithoutAWindow() {
        assertThat(PartnershipHistory.Window.EVERYTHING.of(RECORDED_OUT_OF_ORDER))
                .hasSize(3);
    }
}
