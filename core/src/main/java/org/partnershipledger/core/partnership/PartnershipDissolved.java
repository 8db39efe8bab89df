package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.PartnershipId;

/** Fewer than two partners remain: the partnership ends and nothing more is recorded on it. */
@Revision("1")
public record PartnershipDissolved(PartnershipId partnershipId, String reason, LocalDate occurredOn)
        implements PartnershipEvent {}
