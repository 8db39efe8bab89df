package org.partnershipledger.query.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.diary.DiaryEntryId;
import org.partnershipledger.core.partnership.DiaryEntryRecorded;
import org.partnershipledger.core.partnership.DiaryEntryVisibilityChanged;
import org.partnershipledger.query.disclosure.GeneratedPartnership.Ending;
import org.partnershipledger.query.history.HistoryEvent;

class DiaryReadingTest {

    private final GeneratedPartnership partnership = GeneratedPartnership.of(11, false, Ending.CLOSED);

    private Set<DiaryEntryId> entriesReadBy(PersonId person, PartnerId represents) {
        return entries(Reader.representative(person, Set.of(represents)));
    }

    private Set<DiaryEntryId> entries(Reader reader) {
        List<HistoryEvent> read = Redaction.of(reader, null).apply(partnership.history());
        return read.stream()
                .map(HistoryEvent::event)
                .filter(DiaryEntryRecorded.class::isInstance)
                .map(event -> ((DiaryEntryRecorded) event).entryId())
                .collect(Collectors.toSet());
    }

    @Test
    void aPrivateEntryIsReadByItsAuthorOnly() {
        assertThat(entriesReadBy(partnership.ngoLead, partnership.ngo.id())).contains(partnership.privateEntry);
        assertThat(entriesReadBy(partnership.ngoSecretary, partnership.ngo.id()))
                .doesNotContain(partnership.privateEntry);
        assertThat(entriesReadBy(partnership.municipalityLead, partnership.municipality.id()))
                .doesNotContain(partnership.privateEntry);
        assertThat(entries(Reader.mediator(new PersonId("mediator")))).doesNotContain(partnership.privateEntry);
    }

    @Test
    void aSharedEntryIsReadByTheOtherRepresentatives() {
        assertThat(entriesReadBy(partnership.ngoLead, partnership.ngo.id())).contains(partnership.sharedEntry);
        assertThat(entriesReadBy(partnership.citizenSelf, partnership.citizen.id()))
                .contains(partnership.sharedEntry);
    }

    @Test
    void anEntrySharedAfterItWasWrittenIsReadByTheOthersWithItsChange() {
        List<HistoryEvent> read = Redaction.of(
                        Reader.representative(partnership.ngoLead, Set.of(partnership.ngo.id())), null)
                .apply(partnership.history());

        assertThat(read)
                .map(HistoryEvent::event)
                .anyMatch(event -> event instanceof DiaryEntryVisibilityChanged changed
                        && changed.entryId().equals(partnership.sharedLater));
        assertThat(entriesReadBy(partnership.ngoLead, partnership.ngo.id())).contains(partnership.sharedLater);
    }

    @Test
    void anEntryMadePrivateAgainIsReadByItsAuthorOnlyAndNoTraceOfItIsLeft() {
        List<HistoryEvent> read = Redaction.of(
                        Reader.representative(partnership.ngoLead, Set.of(partnership.ngo.id())), null)
                .apply(partnership.history());

        assertThat(read)
                .map(HistoryEvent::event)
                .noneMatch(event -> event instanceof DiaryEntryVisibilityChanged changed
                        && changed.entryId().equals(partnership.unshared));
        assertThat(entriesReadBy(partnership.ngoLead, partnership.ngo.id())).doesNotContain(partnership.unshared);
        assertThat(entriesReadBy(partnership.ngoSecretary, partnership.ngo.id()))
                .contains(partnership.unshared);
    }

    @Test
    void aResearcherReadsNoEntryAtAll() {
        Reader researcher = Reader.researcher(partnership.ngoLead);

        assertThat(Redaction.of(researcher, new Pseudonyms(Pseudonyms.newKey())).apply(partnership.history()))
                .map(HistoryEvent::event)
                .noneMatch(
                        event -> event instanceof DiaryEntryRecorded || event instanceof DiaryEntryVisibilityChanged);
    }

    @Test
    void aReaderTheLedgerDoesNotKnowReadsSharedEntriesOnly() {
        assertThat(entries(new Reader(null, false, Set.of(), false)))
                .containsExactlyInAnyOrder(partnership.sharedEntry, partnership.sharedLater);
    }

    @Test
    void everythingButTheDiariesAndOtherConflictsIsReadAsItWasByTheMediator() {
        List<HistoryEvent> read =
                Redaction.of(Reader.mediator(partnership.mediator), null).apply(partnership.history());

        assertThat(read)
                .filteredOn(this::neitherDiaryNorAnotherConflict)
                .isEqualTo(partnership.history().stream()
                        .filter(this::neitherDiaryNorAnotherConflict)
                        .toList());
    }

    private boolean neitherDiaryNorAnotherConflict(HistoryEvent recorded) {
        return DiaryReadership.entryOf(recorded.event()).isEmpty()
                && ConflictParties.conflictOf(recorded.event())
                        .map(partnership.ngoAndMunicipality::equals)
                        .orElse(true);
    }
}
