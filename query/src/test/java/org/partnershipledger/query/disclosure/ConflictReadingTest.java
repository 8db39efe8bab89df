package org.partnershipledger.query.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.conflict.ConflictId;
import org.partnershipledger.query.conflict.ConflictHistory;
import org.partnershipledger.query.conflict.ConflictStepView;
import org.partnershipledger.query.conflict.ConflictView;
import org.partnershipledger.query.decision.DecisionTrail;
import org.partnershipledger.query.disclosure.GeneratedPartnership.Ending;
import org.partnershipledger.query.history.HistoryEvent;

class ConflictReadingTest {

    private final GeneratedPartnership partnership = GeneratedPartnership.of(5, false, Ending.CLOSED);
    private final List<ConflictView> original = conflicts(partnership.history());

    private List<ConflictView> conflicts(List<HistoryEvent> history) {
        return ConflictHistory.of(partnership.id.value(), history);
    }

    private List<ConflictView> readBy(Reader reader) {
        return conflicts(Redaction.of(reader, null).apply(partnership.history()));
    }

    private static ConflictView conflict(List<ConflictView> conflicts, ConflictId id) {
        return conflicts.stream()
                .filter(conflict -> conflict.conflictId().equals(id.value()))
                .findFirst()
                .orElseThrow();
    }

    private Reader representativeOfTheMunicipality() {
        return Reader.representative(partnership.municipalityLead, Set.of(partnership.municipality.id()));
    }

    @Test
    void aRepresentativeOfAPartnerNotInvolvedReadsThatTheConflictExistsAndItsStateButNotItsText() {
        ConflictView read = conflict(readBy(representativeOfTheMunicipality()), partnership.ngoAndCitizen);
        ConflictView whole = conflict(original, partnership.ngoAndCitizen);

        assertThat(read.state()).isEqualTo(whole.state());
        assertThat(read.raisedBy()).isEqualTo(whole.raisedBy());
        assertThat(read.concerning()).isEqualTo(whole.concerning());
        assertThat(read.raisedOn()).isEqualTo(whole.raisedOn());
        assertThat(read.topic()).isEqualTo(Redaction.WITHHELD);
        assertThat(read.description()).isEqualTo(Redaction.WITHHELD);
        assertThat(read.steps()).extracting(ConflictStepView::text).containsOnly(Redaction.WITHHELD);
        assertThat(read.steps())
                .extracting(ConflictStepView::kind)
                .isEqualTo(whole.steps().stream().map(ConflictStepView::kind).toList());
    }

    @Test
    void aRepresentativeOfAPartnerNotInvolvedReadsTheMediatorAndHowLongItTook() {
        Reader citizen = Reader.representative(partnership.citizenSelf, Set.of(partnership.citizen.id()));

        ConflictView read = conflict(readBy(citizen), partnership.ngoAndMunicipality);
        ConflictView whole = conflict(original, partnership.ngoAndMunicipality);

        assertThat(read.state()).isEqualTo(ConflictStepView.RESOLVED);
        assertThat(read.mediator()).isEqualTo(whole.mediator());
        assertThat(read.daysToClose()).isEqualTo(whole.daysToClose());
        assertThat(read.steps().get(read.steps().size() - 1).consentedBy())
                .isEqualTo(whole.steps().get(whole.steps().size() - 1).consentedBy());
        assertThat(read.description()).isEqualTo(Redaction.WITHHELD);
    }

    @Test
    void theRepresentativesOfTheRaisingAndTheConcernedPartnerReadTheWholeConflict() {
        Reader ngo = Reader.representative(partnership.ngoLead, Set.of(partnership.ngo.id()));

        assertThat(conflict(readBy(ngo), partnership.ngoAndCitizen))
                .isEqualTo(conflict(original, partnership.ngoAndCitizen));
        assertThat(conflict(readBy(representativeOfTheMunicipality()), partnership.ngoAndMunicipality))
                .isEqualTo(conflict(original, partnership.ngoAndMunicipality));
    }

    @Test
    void aMediatorAppointedToAConflictReadsItWholeAndOfTheOthersOnlyTheirState() {
        List<ConflictView> read = readBy(Reader.mediator(partnership.mediator));

        assertThat(conflict(read, partnership.ngoAndMunicipality))
                .isEqualTo(conflict(original, partnership.ngoAndMunicipality));
        assertThat(conflict(read, partnership.ngoAndCitizen).description()).isEqualTo(Redaction.WITHHELD);
    }

    @Test
    void aRepresentativeReadsWhatElseWasWrittenAsItWas() {
        List<HistoryEvent> read =
                Redaction.of(representativeOfTheMunicipality(), null).apply(partnership.history());

        assertThat(DecisionTrail.of(read)).isEqualTo(DecisionTrail.of(partnership.history()));
    }

    @Test
    void aRepresentativeOfSeveralPartnersReadsTheConflictsOfEachOfThem() {
        Reader both = Reader.representative(
                partnership.ngoLead, Set.of(partnership.municipality.id(), partnership.citizen.id()));

        assertThat(readBy(both)).isEqualTo(original);
    }
}
