package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.Values;
import org.partnershipledger.core.agreement.ContentHash;

/**
 * A partner signs a version through its signatory, naming the version by number and content hash: a
 * signature must name exactly the text signed (one partner once signed a version it had never seen).
 */
public record SignAgreement(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        PartnerId partner,
        int version,
        ContentHash contentHash,
        PersonId signatory,
        LocalDate occurredOn) {

    public SignAgreement {
        Values.requirePresent(partnershipId, "partnershipId");
        Values.requirePresent(partner, "partner");
        if (version < 1) {
            throw new InvalidValueException("version", "versions are numbered from 1");
        }
        Values.requirePresent(contentHash, "contentHash");
        Values.requirePresent(signatory, "signatory");
        Values.requirePresent(occurredOn, "occurredOn");
    }
}
