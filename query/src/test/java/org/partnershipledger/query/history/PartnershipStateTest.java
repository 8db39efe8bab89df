package org.partnershipledger.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.decision.ProposalId;
import org.partnershipledger.core.partnership.AgreementTookEffect;
import org.partnershipledger.core.partnership.DissolutionCancelled;
import org.partnershipledger.core.partnership.Partner;
import org.partnershipledger.core.partnership.PartnerAdmitted;
import org.partnershipledger.core.partnership.PartnerWithdrew;
import org.partnershipledger.core.partnership.PartnershipDissolved;
import org.partnershipledger.core.partnership.PartnershipEvent;
import org.partnershipledger.core.partnership.PartnershipFormed;
import org.partnershipledger.core.partnership.Sector;

class PartnershipStateTest {

    private static final PartnershipId ID = new PartnershipId("esbjerg");
    private static final Partner VINDROSEN = new Partner(new PartnerId("vindrosen"), "Vindrosen", Sector.VOLUNTARY);
    private static final Partner ESBJERG = new Partner(new PartnerId("esbjerg"), "Esbjerg Kommune", Sector.PUBLIC);
    private static final LocalDate NOTICE = LocalDate.of(2005, 1, 10);
    private static final LocalDate LEAVES = NOTICE.plusMonths(3);

    /** Recorded in an order other than the domain dates: the agreement was entered last. */
    private static final List<HistoryEvent> HISTORY = List.of(
            event(
                    0,
                    new PartnershipFormed(
                            ID,
                            "Greenlanders in Esbjerg",
                            "Well-being",
                            LocalDate.of(2003, 3, 1),
                            List.of(VINDROSEN, ESBJERG))),
            event(1, new PartnerWithdrew(ID, ESBJERG.id(), "Budget cuts", NOTICE, LEAVES)),
            event(2, new PartnershipDissolved(ID, "Fewer than two partners remain", LEAVES)),
            event(3, new AgreementTookEffect(ID, 1, LocalDate.of(2004, 3, 1))));

    private static HistoryEvent event(long sequence, PartnershipEvent event) {
        return new HistoryEvent(
                sequence,
                event.occurredOn(),
                Instant.parse("2006-01-01T00:00:00Z").plusSeconds(sequence),
                event);
    }

    @Test
    void duringTheNoticePeriodTheLeavingPartnerIsStillAPartner() {
        PartnershipState.View view = PartnershipState.of(HISTORY, NOTICE.plusMonths(1));

        assertThat(view.partners())
                .extracting(PartnershipState.PartnerOnRecord::id)
                .containsExactly("vindrosen", "esbjerg");
        assertThat(view.partners().get(1).leavesOn()).isEqualTo(LEAVES);
        assertThat(view.state()).isEqualTo("ACTIVE");
    }

    @Test
    void whenTheNoticeHasRunThePartnerIsGoneAndThePartnershipDissolved() {
        PartnershipState.View view = PartnershipState.of(HISTORY, LEAVES);

        assertThat(view.partners())
                .extracting(PartnershipState.PartnerOnRecord::id)
                .containsExactly("vindrosen");
        assertThat(view.state()).isEqualTo("DISSOLVED");
    }

    @Test
    void theAgreementInForceIsFoundWhateverTheOrderItWasRecordedIn() {
        PartnershipState.View view = PartnershipState.of(HISTORY, LocalDate.of(2004, 6, 1));

        assertThat(view.agreementVersionInForce()).isEqualTo(1);
        assertThat(view.agreementInForceSince()).isEqualTo(LocalDate.of(2004, 3, 1));
        assertThat(view.formedOn()).isEqualTo(LocalDate.of(2003, 3, 1));
    }

    @Test
    void aDissolutionCancelledBeforeItsDayLeavesThePartnershipActiveOnThatDay() {
        Partner police = new Partner(new PartnerId("esbjerg-politi"), "Esbjerg Politi", Sector.PUBLIC);
        LocalDate admitted = NOTICE.plusMonths(1);
        List<HistoryEvent> history = new ArrayList<>(HISTORY);
        history.add(event(4, new PartnerAdmitted(ID, police, new ProposalId("admit-police"), admitted)));
        history.add(event(5, new DissolutionCancelled(ID, LEAVES, "Two or more partners remain", admitted)));

        PartnershipState.View view = PartnershipState.of(history, LEAVES);

        assertThat(view.state()).isEqualTo("ACTIVE");
        assertThat(view.partners())
                .extracting(PartnershipState.PartnerOnRecord::id)
                .containsExactly("vindrosen", "esbjerg-politi");
    }

    @Test
    void aDissolutionMovedToAnotherDayEndsThePartnershipOnlyOnTheNewDay() {
        List<HistoryEvent> history = new ArrayList<>(HISTORY);
        history.add(event(4, new PartnershipDissolved(ID, "Fewer than two partners remain", LEAVES.plusMonths(2))));

        assertThat(PartnershipState.of(history, LEAVES).state()).isEqualTo("ACTIVE");
        assertThat(PartnershipState.of(history, LEAVES.plusMonths(2)).state()).isEqualTo("DISSOLVED");
    }
}
