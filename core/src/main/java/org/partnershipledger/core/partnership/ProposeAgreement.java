package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.Values;
import org.partnershipledger.core.agreement.AgreementContent;

/** A partner puts a version of the agreement to the others: the first draft, or an amendment. */
public record ProposeAgreement(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        AgreementContent content,
        PartnerId proposedBy,
        LocalDate occurredOn) {

    public ProposeAgreement {
        Values.requirePresent(partnershipId, "partnershipId");
        Values.requirePresent(content, "content");
        Values.requirePresent(proposedBy, "proposedBy");
        Values.requirePresent(occurredOn, "occurredOn");
    }
}
