package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.agreement.ContentHash;

/**
 * A partner signed exactly this version, through its signatory: in the ledger ({@code recordedOnBehalf} null,
 * as every signature recorded before it existed), or on paper, recorded by someone else from the document.
 */
@Revision("1")
public record AgreementSigned(
        PartnershipId partnershipId,
        int version,
        ContentHash contentHash,
        PartnerId partner,
        PersonId signatory,
        LocalDate occurredOn,
        OutsideRecord recordedOnBehalf)
        implements PartnershipEvent {

    /** A signature the signatory gave in the ledger. */
    public AgreementSigned(
            PartnershipId partnershipId,
            int version,
            ContentHash contentHash,
            PartnerId partner,
            PersonId signatory,
            LocalDate occurredOn) {
        this(partnershipId, version, contentHash, partner, signatory, occurredOn, null);
    }
}
