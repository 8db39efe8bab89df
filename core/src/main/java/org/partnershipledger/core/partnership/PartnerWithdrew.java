package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.FreeText;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;

/**
 * A partner gave notice on {@code occurredOn}; it stays a partner until the withdrawal takes effect.
 * Revision 2 named the day of notice {@code occurredOn}, as every other event does; revision 1 called it
 * {@code noticeGivenOn} (see {@code RenamedFieldsUpcaster}).
 */
@Revision("2")
public record PartnerWithdrew(
        PartnershipId partnershipId,
        PartnerId partner,
        @FreeText String reason,
        LocalDate occurredOn,
        LocalDate effectiveOn)
        implements PartnershipEvent {}
