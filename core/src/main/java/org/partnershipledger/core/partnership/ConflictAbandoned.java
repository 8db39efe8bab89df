package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.FreeText;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.conflict.ConflictId;

/** A conflict was left without a resolution. */
@Revision("1")
public record ConflictAbandoned(
        PartnershipId partnershipId, ConflictId conflictId, @FreeText String reason, LocalDate occurredOn)
        implements PartnershipEvent {}
