package org.partnershipledger.web.partnership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.partnership.ComplexityLevel;
import org.partnershipledger.core.partnership.FormPartnership;
import org.partnershipledger.core.partnership.Partner;
import org.partnershipledger.core.partnership.PartnershipKind;
import org.partnershipledger.core.partnership.Sector;
import org.partnershipledger.web.api.NotInTheFuture;

/**
 * The body of {@code POST /api/partnerships}; complexity and kind are optional. History is often entered
 * afterwards: any past date is fine.
 */
record FormPartnershipRequest(
        @NotBlank String name,
        @NotBlank String purpose,
        @NotNull @NotInTheFuture LocalDate occurredOn,
        @NotNull @Size(min = 2, message = "a partnership needs at least two partners")
                List<@NotNull @Valid PartnerRequest> partners,
        ComplexityLevel complexity,
        PartnershipKind kind) {

    record PartnerRequest(@NotBlank String name, @NotNull Sector sector) {}

    FormPartnership toCommand(PartnershipId partnershipId) {
        List<Partner> newPartners = partners.stream()
                .map(partner -> new Partner(PartnerId.generate(), partner.name(), partner.sector()))
                .toList();
        return new FormPartnership(partnershipId, name, purpose, occurredOn, newPartners, complexity, kind);
    }
}
