package org.partnershipledger.web.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.agreement.ContentHash;
import org.partnershipledger.core.decision.ProposalId;
import org.partnershipledger.core.decision.Stance;
import org.partnershipledger.core.decision.StanceGiven;
import org.partnershipledger.core.partnership.ConfirmStance;
import org.partnershipledger.core.partnership.ContestStance;
import org.partnershipledger.core.partnership.DocumentKind;
import org.partnershipledger.core.partnership.OutsideRecord;
import org.partnershipledger.core.partnership.RecordStance;
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

/**
 * Acts a representative did outside the ledger, recorded on their behalf by the secretary or a facilitator
 * from the document they stand in (a paper contract, a letter, an e-mail); and the partner's answer to a stance
 * recorded for it, confirmed or contested by one of its representatives.
 */
@RestController
@RequestMapping(PartnershipController.PATH + "/{partnershipId}")
class RecordedOnBehalfController {

    private final CommandGateway commands;
    private final Authority authority;

    RecordedOnBehalfController(CommandGateway commands, Authority authority) {
        this.commands = commands;
        this.authority = authority;
    }

    /** The act is dated on the document's date; the reference says where the document can be found. */
    record DocumentRequest(@NotNull DocumentKind kind, @NotNull @NotInTheFuture LocalDate date, String reference) {}

    record RecordedSignatureRequest(
            @NotBlank @IdText String partner,
            @NotBlank String contentHash,
            @NotBlank @IdText String signatory,
            @NotNull @Valid DocumentRequest document) {}

    record RecordedStanceRequest(
            @NotBlank @IdText String partner,
            @NotNull Stance stance,
            @NotBlank @IdText String givenBy,
            String reason,
            boolean reasonPersonal,
            @NotNull @Valid DocumentRequest document) {}

    record ConfirmationRequest(@NotBlank @IdText String confirmedBy, @NotNull @NotInTheFuture LocalDate occurredOn) {}

    record ContestRequest(
            @NotBlank @IdText String contestedBy,
            @NotBlank String reason,
            @NotNull @NotInTheFuture LocalDate occurredOn) {}

    @PostMapping("/agreement/versions/{version}/recorded-signatures")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Void> recordSignature(
            @PathVariable String partnershipId,
            @PathVariable int version,
            @Valid @RequestBody RecordedSignatureRequest request) {
        PersonId recorder = authority.in(partnershipId).toRecordOnBehalf();
        commands.sendAndWait(new SignAgreement(
                new PartnershipId(partnershipId),
                new PartnerId(request.partner()),
                version,
                new ContentHash(request.contentHash()),
                new PersonId(request.signatory()),
                request.document().date(),
                outsideRecord(recorder, request.document())));
        return ResponseEntity.created(Locations.underPartnership(
                        partnershipId,
                        "agreement",
                        "versions",
                        String.valueOf(version),
                        "signatures",
                        request.partner()))
                .build();
    }

    @PostMapping("/proposals/{proposalId}/recorded-stances")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Void> recordStance(
            @PathVariable String partnershipId,
            @PathVariable String proposalId,
            @Valid @RequestBody RecordedStanceRequest request) {
        PersonId recorder = authority.in(partnershipId).toRecordOnBehalf();
        commands.sendAndWait(new RecordStance(
                new PartnershipId(partnershipId),
                new ProposalId(proposalId),
                new StanceGiven(
                        new PartnerId(request.partner()),
                        request.stance(),
                        new PersonId(request.givenBy()),
                        request.reason(),
                        request.reasonPersonal(),
                        request.document().date()),
                outsideRecord(recorder, request.document())));
        return ResponseEntity.created(Locations.underPartnership(
                        partnershipId, "proposals", proposalId, "stances", request.partner()))
                .build();
    }

    @PostMapping("/proposals/{proposalId}/stances/{partner}/confirmation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> confirm(
            @PathVariable String partnershipId,
            @PathVariable String proposalId,
            @PathVariable String partner,
            @Valid @RequestBody ConfirmationRequest request) {
        authority
                .in(partnershipId)
                .toAnswerRecordedStanceFor(new PartnerId(partner), new PersonId(request.confirmedBy()));
        commands.sendAndWait(new ConfirmStance(
                new PartnershipId(partnershipId),
                new ProposalId(proposalId),
                new PartnerId(partner),
                new PersonId(request.confirmedBy()),
                request.occurredOn()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/proposals/{proposalId}/stances/{partner}/contest")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> contest(
            @PathVariable String partnershipId,
            @PathVariable String proposalId,
            @PathVariable String partner,
            @Valid @RequestBody ContestRequest request) {
        authority
                .in(partnershipId)
                .toAnswerRecordedStanceFor(new PartnerId(partner), new PersonId(request.contestedBy()));
        commands.sendAndWait(new ContestStance(
                new PartnershipId(partnershipId),
                new ProposalId(proposalId),
                new PartnerId(partner),
                new PersonId(request.contestedBy()),
                request.reason(),
                request.occurredOn()));
        return ResponseEntity.noContent().build();
    }

    private static OutsideRecord outsideRecord(PersonId recorder, DocumentRequest document) {
        return new OutsideRecord(recorder, document.kind(), document.date(), document.reference());
    }
}
