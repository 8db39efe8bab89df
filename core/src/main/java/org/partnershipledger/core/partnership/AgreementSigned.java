package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.agreement.ContentHash;

/** A partner signed exactly this version, through its signatory. */
@Revision("1")
public record AgreementSigned(
        PartnershipId partnershipId,
        int version,
        ContentHash contentHash,
        PartnerId partner,
        PersonId signatory,
        LocalDate occurredOn)
        implements PartnershipEvent {}
