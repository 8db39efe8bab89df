package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.conflict.ConflictId;
import org.partnershipledger.core.conflict.MediatorRef;

/** A conflict went to a mediator. */
@Revision("1")
public record ConflictEscalated(
        PartnershipId partnershipId, ConflictId conflictId, MediatorRef mediator, LocalDate occurredOn)
        implements PartnershipEvent {}
