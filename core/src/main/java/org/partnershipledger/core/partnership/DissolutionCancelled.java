package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.PartnershipId;

/**
 * A dissolution decided for a later day no longer follows, decided on {@code occurredOn}: before that day
 * came, a partner was admitted, so two or more partners remain. The partnership goes on;
 * {@code dissolutionOn} is the day it would have ended.
 */
@Revision("1")
public record DissolutionCancelled(
        PartnershipId partnershipId, LocalDate dissolutionOn, String reason, LocalDate occurredOn)
        implements PartnershipEvent {}
