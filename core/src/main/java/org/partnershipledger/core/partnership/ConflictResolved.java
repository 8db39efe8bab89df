package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.FreeText;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.conflict.ConflictId;

/** A conflict was resolved with the consent of the partners involved. */
@Revision("1")
public record ConflictResolved(
        PartnershipId partnershipId,
        ConflictId conflictId,
        @FreeText String resolution,
        Set<PartnerId> consentedBy,
        LocalDate occurredOn)
        implements PartnershipEvent {

    public ConflictResolved {
        consentedBy = Set.copyOf(consentedBy);
    }
}
