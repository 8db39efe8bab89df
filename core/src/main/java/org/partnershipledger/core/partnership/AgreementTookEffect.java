package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.PartnershipId;

/** Every current partner had signed the version: it is the agreement in force from this date. */
@Revision("1")
public record AgreementTookEffect(PartnershipId partnershipId, int version, LocalDate occurredOn)
        implements PartnershipEvent {}
