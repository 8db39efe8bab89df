package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.agreement.AgreementContent;
import org.partnershipledger.core.agreement.ContentHash;

/** A version of the agreement was put to the partners; it supersedes older versions not in force. */
@Revision("1")
public record AgreementProposed(
        PartnershipId partnershipId,
        int version,
        AgreementContent content,
        ContentHash contentHash,
        PartnerId proposedBy,
        LocalDate occurredOn)
        implements PartnershipEvent {}
