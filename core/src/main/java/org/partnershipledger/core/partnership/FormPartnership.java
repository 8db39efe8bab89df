package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.Name;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.Values;

/** Records that partners came together in a partnership on a domain date, often long before it is entered. */
public record FormPartnership(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        @Name String name,
        String purpose,
        LocalDate occurredOn,
        List<Partner> partners,
        ComplexityLevel complexity,
        PartnershipKind kind) {

    public FormPartnership {
        Values.requirePresent(partnershipId, "partnershipId");
        name = Values.requireText(name, "name");
        purpose = Values.requireText(purpose, "purpose");
        Values.requirePresent(occurredOn, "occurredOn");
        partners = Values.requireList(partners, "partners");
        if (partners.size() < 2) {
            throw new InvalidValueException("partners", "a partnership needs at least two partners");
        }
        requireDistinctNames(partners);
    }

    /** Formed without saying how complex it is or how it came about (both optional). */
    public FormPartnership(
            PartnershipId partnershipId, String name, String purpose, LocalDate occurredOn, List<Partner> partners) {
        this(partnershipId, name, purpose, occurredOn, partners, null, null);
    }

    // A partnership of equals is between distinct organisations; one listed twice would get two voices.
    private static void requireDistinctNames(List<Partner> partners) {
        Set<String> seen = new HashSet<>();
        for (Partner partner : partners) {
            if (!seen.add(partner.name().toLowerCase(Locale.ROOT))) {
                throw new InvalidValueException(
                        "partners", "'" + partner.name() + "' is listed more than once; partners must be distinct");
            }
        }
    }
}
