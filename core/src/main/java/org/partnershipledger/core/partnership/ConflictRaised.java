package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.FreeText;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.conflict.ConflictCategory;
import org.partnershipledger.core.conflict.ConflictId;

/** A partner raised a conflict. */
@Revision("1")
public record ConflictRaised(
        PartnershipId partnershipId,
        ConflictId conflictId,
        PartnerId raisedBy,
        List<PartnerId> concerning,
        @FreeText String topic,
        @FreeText String description,
        ConflictCategory category,
        LocalDate occurredOn)
        implements PartnershipEvent {

    public ConflictRaised {
        concerning = List.copyOf(concerning);
    }
}
