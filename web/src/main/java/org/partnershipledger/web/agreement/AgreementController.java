package org.partnershipledger.web.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.partnershipledger.core.CommandValues;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.agreement.AgreementContent;
import org.partnershipledger.core.agreement.ContentHash;
import org.partnershipledger.core.partnership.ProposeAgreement;
import org.partnershipledger.core.partnership.SignAgreement;
import org.partnershipledger.web.api.IdText;
import org.partnershipledger.web.api.Locations;
import org.partnershipledger.web.api.NotInTheFuture;
import org.partnershipledger.web.partnership.PartnershipController;
import org.partnershipledger.web.security.Authority;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Versions of a partnership's agreement, proposed section by section and signed by number and hash. */
@RestController
@RequestMapping(PartnershipController.PATH + "/{partnershipId}/agreement/versions")
class AgreementController {

    private final CommandGateway commands;
    private final Authority authority;

    AgreementController(CommandGateway commands, Authority authority) {
        this.commands = commands;
        this.authority = authority;
    }

    record AgreementProposalRequest(
            @NotBlank @IdText String proposedBy,
            @NotNull @NotInTheFuture LocalDate occurredOn,
            @NotNull AgreementContent content) {}

    /** The hash lets a signer be sure the text they read is the text they sign. */
    record VersionReference(int version, ContentHash contentHash) {}

    record SignatureRequest(
            @NotBlank @IdText String partner,
            @NotBlank String contentHash,
            @NotBlank @IdText String signatory,
            @NotNull @NotInTheFuture LocalDate occurredOn) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<VersionReference> propose(
            @PathVariable String partnershipId, @Valid @RequestBody AgreementProposalRequest request) {
        authority.in(partnershipId).toSpeakFor(new PartnerId(request.proposedBy()));
        int version = commands.sendAndWait(new ProposeAgreement(
                new PartnershipId(partnershipId),
                request.content(),
                new PartnerId(request.proposedBy()),
                request.occurredOn()));
        return ResponseEntity.created(
                        Locations.underPartnership(partnershipId, "agreement", "versions", String.valueOf(version)))
                // The version was recorded with its texts normalised, and hashed so.
                .body(new VersionReference(version, ContentHash.of(CommandValues.checked(request.content()))));
    }

    @PostMapping("/{version}/signatures")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Void> sign(
            @PathVariable String partnershipId,
            @PathVariable int version,
            @Valid @RequestBody SignatureRequest request) {
        authority.in(partnershipId).toSignFor(new PartnerId(request.partner()), new PersonId(request.signatory()));
        commands.sendAndWait(new SignAgreement(
                new PartnershipId(partnershipId),
                new PartnerId(request.partner()),
                version,
                new ContentHash(request.contentHash()),
                new PersonId(request.signatory()),
                request.occurredOn()));
        return ResponseEntity.created(Locations.underPartnership(
                        partnershipId,
                        "agreement",
                        "versions",
                        String.valueOf(version),
                        "signatures",
                        request.partner()))
                .build();
    }
}
