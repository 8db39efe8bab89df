package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.PartnershipId;

/**
 * Partners came together in a partnership. Events are facts already accepted, so they repeat no rule
 * checks: history must stay readable when the rules for new commands change.
 */
@Revision("1")
public record PartnershipFormed(
        PartnershipId partnershipId, String name, String purpose, LocalDate occurredOn, List<Partner> partners)
        implements PartnershipEvent {

    public PartnershipFormed {
        partners = List.copyOf(partners);
    }
}
