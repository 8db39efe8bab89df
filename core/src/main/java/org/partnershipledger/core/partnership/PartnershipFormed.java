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
        PartnershipId partnershipId,
        String name,
        String purpose,
        LocalDate occurredOn,
        List<Partner> partners,
        ComplexityLevel complexity,
        PartnershipKind kind)
        implements PartnershipEvent {

    public PartnershipFormed {
        partners = List.copyOf(partners);
    }

    /** Formed without saying how complex it is or how it came about (both optional). */
    public PartnershipFormed(
            PartnershipId partnershipId, String name, String purpose, LocalDate occurredOn, List<Partner> partners) {
        this(partnershipId, name, purpose, occurredOn, partners, null, null);
    }
}
