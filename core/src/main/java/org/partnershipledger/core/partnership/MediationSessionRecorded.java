package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.FreeText;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.conflict.ConflictId;

/** The mediator held a session. */
@Revision("1")
public record MediationSessionRecorded(
        PartnershipId partnershipId, ConflictId conflictId, @FreeText String note, LocalDate occurredOn)
        implements PartnershipEvent {}
