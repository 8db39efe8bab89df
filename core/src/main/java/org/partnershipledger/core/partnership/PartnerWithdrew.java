package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.FreeText;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;

/** A partner gave notice; it stays a partner until the withdrawal takes effect. */
@Revision("1")
public record PartnerWithdrew(
        PartnershipId partnershipId,
        PartnerId partner,
        @FreeText String reason,
        LocalDate noticeGivenOn,
        LocalDate effectiveOn)
        implements PartnershipEvent {

    @Override
    public LocalDate occurredOn() {
        return noticeGivenOn;
    }
}
