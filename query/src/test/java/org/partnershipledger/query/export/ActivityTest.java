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
    void thePersonIsWhoActedAndTheRoleTheCapacityTheyOrTheirPartnerOrGroupActedIn() {
        AgreementSigned signed = (AgreementSigned) history.get(4).event();
        PartnerWithdrew withdrew = (PartnerWithdrew) history.get(18).event();

        assertThat(Activity.person(signed)).contains(ExportHistory.INGE);
        assertThat(Activity.role(signed)).isEqualTo(Activity.SIGNATORY);
        assertThat(Activity.person(withdrew)).isEmpty();
        assertThat(Activity.role(withdrew)).isEqualTo(Activity.PARTNER);
        assertThat(Activity.person(history.get(13).event())).contains(ExportHistory.MEDIATOR);
        assertThat(Activity.role(history.get(13).event())).isEqualTo(Activity.MEDIATOR);
        assertThat(Activity.role(history.get(0).event())).isEqualTo(Activity.FACILITATOR);
        assertThat(Activity.role(history.get(1).event())).isEqualTo("signatory");
        assertThat(Activity.role(history.get(6).event())).isEqualTo(Activity.STEERING_GROUP);
        assertThat(Activity.role(history.get(7).event())).isEqualTo("steering group");
        assertThat(Activity.role(history.get(15).event())).isEqualTo(Activity.CONFLICT_PARTIES);
    }
}
