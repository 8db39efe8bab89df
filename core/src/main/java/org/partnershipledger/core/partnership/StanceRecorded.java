package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.decision.ProposalId;
import org.partnershipledger.core.decision.StanceGiven;

/**
 * A partner took a stance on a proposal, through one of its representatives: in the ledger
 * ({@code recordedOnBehalf} null, as every stance recorded before it existed), or in a document (a letter, a
 * meeting's minutes) someone else recorded it from; the partner's representatives may confirm or contest that.
 * Revision 2 names the representative {@code stance.givenBy} and the day {@code stance.occurredOn}; revision 1
 * called them {@code stance.by} and {@code stance.givenOn} (see {@code RenamedFieldsUpcaster}).
 */
@Revision("2")
public record StanceRecorded(
        PartnershipId partnershipId, ProposalId proposalId, StanceGiven stance, OutsideRecord recordedOnBehalf)
        implements PartnershipEvent {

    /** A stance its giver recorded in the ledger. */
    public StanceRecorded(PartnershipId partnershipId, ProposalId proposalId, StanceGiven stance) {
        this(partnershipId, proposalId, stance, null);
    }

    @Override
    public LocalDate occurredOn() {
        return stance.occurredOn();
    }
}
