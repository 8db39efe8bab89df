package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.decision.ProposalId;
import org.partnershipledger.core.decision.StanceGiven;

/** A partner took a stance on a proposal, through one of its representatives. */
@Revision("1")
public record StanceRecorded(PartnershipId partnershipId, ProposalId proposalId, StanceGiven stance)
        implements PartnershipEvent {

    @Override
    public LocalDate occurredOn() {
        return stance.givenOn();
    }
}
