package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.FreeText;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.conflict.ConflictId;

/** A dialogue about a conflict was held. */
@Revision("1")
public record ConflictStepRecorded(
        PartnershipId partnershipId, ConflictId conflictId, @FreeText String note, LocalDate occurredOn)
        implements PartnershipEvent {}
