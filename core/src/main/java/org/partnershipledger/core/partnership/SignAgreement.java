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
 * {@code recordedOnBehalf} names the paper the signatory signed when someone else records the signature; the
 * signature is dated on that paper's date, and the signatory must have been one on that date.
 */
public record SignAgreement(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        PartnerId partner,
        int version,
        ContentHash contentHash,
        PersonId signatory,
        LocalDate occurredOn,
        OutsideRecord recordedOnBehalf) {

    /** A signatory signing in the ledger. */
    public SignAgreement(
            PartnershipId partnershipId,
            PartnerId partner,
            int version,
            ContentHash contentHash,
            PersonId signatory,
            LocalDate occurredOn) {
        this(partnershipId, partner, version, contentHash, signatory, occurredOn, null);
    }

    public SignAgreement {
        Values.requirePresent(partnershipId, "partnershipId");
        Values.requirePresent(partner, "partner");
        if (version < 1) {
            throw new InvalidValueException("version", "versions are numbered from 1");
        }
        Values.requirePresent(contentHash, "contentHash");
        Values.requirePresent(signatory, "signatory");
        Values.requirePresent(occurredOn, "occurredOn");
        if (recordedOnBehalf != null && !recordedOnBehalf.date().equals(occurredOn)) {
            throw new InvalidValueException("document.date", "a signature on paper is dated on the paper's date");
        }
    }
}
