package org.partnershipledger.query.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.decision.ProposalId;
import org.partnershipledger.core.partnership.AgreementSigned;
import org.partnershipledger.core.partnership.AgreementTookEffect;
import org.partnershipledger.core.partnership.OpenedToResearch;
import org.partnershipledger.core.partnership.PartnerWithdrew;
import org.partnershipledger.query.history.HistoryEvent;

class ActivityTest {

    private final List<HistoryEvent> history = ExportHistory.events();
    private final PartnerDirectory partners = PartnerDirectory.of(history);

    @Test
    void anActivityIsTheEventsTypeInWords() {
        assertThat(Activity.name(
                        new AgreementTookEffect(ExportHistory.PARTNERSHIP, 1, ExportHistory.day("2004-03-02"))))
                .isEqualTo("Agreement took effect");
        assertThat(Activity.name(new OpenedToResearch(
                        ExportHistory.PARTNERSHIP, new ProposalId("d-1"), ExportHistory.day("2004-03-02"))))
                .isEqualTo("Opened to research");
    }

    @Test
    void theResourceIsThePersonWhoActedElseThePartnerElseTheGroup() {
        AgreementSigned signed = (AgreementSigned) history.get(4).event();
        PartnerWithdrew withdrew = (PartnerWithdrew) history.get(18).event();

        assertThat(Activity.resource(signed, partners)).isEqualTo(ExportHistory.INGE.value());
        assertThat(Activity.resource(withdrew, partners)).isEqualTo("Esbjerg Kommune");
        assertThat(Activity.resource(history.get(6).event(), partners)).isEqualTo(Activity.STEERING_GROUP);
        assertThat(Activity.resource(history.get(7).event(), partners)).isEqualTo("steering group");
        assertThat(Activity.resource(history.get(15).event(), partners)).isEqualTo(Activity.CONFLICT_PARTIES);
    }
}
