package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.Values;
import org.partnershipledger.core.conflict.ConflictId;

/** A conflict is resolved, with the consent of every partner involved. */
public record ResolveConflict(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        ConflictId conflictId,
        String resolution,
        Set<PartnerId> consentedBy,
        LocalDate occurredOn) {

    public ResolveConflict {
        Values.requirePresent(partnershipId, "partnershipId");
        Values.requirePresent(conflictId, "conflictId");
        resolution = Values.requireText(resolution, "resolution");
        consentedBy = Set.copyOf(Values.requirePresent(consentedBy, "consentedBy"));
        Values.requirePresent(occurredOn, "occurredOn");
    }
}
