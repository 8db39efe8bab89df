package org.partnershipledger.web.partnership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.partnership.AppointRepresentative;
import org.partnershipledger.core.partnership.RemoveRepresentative;
import org.partnershipledger.core.partnership.ReplaceRepresentative;
import org.partnershipledger.core.partnership.Role;
import org.partnershipledger.core.partnership.WithdrawPartner;
import org.partnershipledger.web.api.IdText;
import org.partnershipledger.web.api.Locations;
import org.partnershipledger.web.api.NotInTheFuture;
import org.partnershipledger.web.security.Authority;
import org.partnershipledger.web.security.FacilitatorIndependence;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The people who represent partners, and partners leaving. Persons are referred to by id only. */
@RestController
@RequestMapping(PartnershipController.PATH + "/{partnershipId}")
class PartnerController {

    private final CommandGateway commands;
    private final Authority authority;
    private final FacilitatorIndependence independence;

    PartnerController(CommandGateway commands, Authority authority, FacilitatorIndependence independence) {
        this.commands = commands;
        this.authority = authority;
        this.independence = independence;
    }

    record AppointmentRequest(
            @NotBlank @IdText String person,
            @NotBlank @IdText String partner,
            @NotNull Role role,
            @NotNull @NotInTheFuture LocalDate occurredOn) {}

    record ReplacementRequest(@NotBlank @IdText String incoming, @NotNull @NotInTheFuture LocalDate occurredOn) {}

    record RemovalRequest(@NotBlank String reason, @NotNull @NotInTheFuture LocalDate occurredOn) {}

    record PartnerWithdrawalRequest(
            @NotBlank @IdText String partner, @NotBlank String reason, @NotNull @NotInTheFuture LocalDate occurredOn) {}

    @PostMapping("/representatives")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Void> appoint(@PathVariable String partnershipId, @Valid @RequestBody AppointmentRequest request) {
        authority.in(partnershipId).toManageRepresentativesOf(new PartnerId(request.partner()));
        independence.toAppoint(new PersonId(request.person()));
        commands.sendAndWait(new AppointRepresentative(
                new PartnershipId(partnershipId),
                new PersonId(request.person()),
                new PartnerId(request.partner()),
                request.role(),
                request.occurredOn()));
        return ResponseEntity.created(Locations.underPartnership(partnershipId, "representatives", request.person()))
                .build();
    }

    @PostMapping("/representatives/{person}/replacement")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Void> replace(
            @PathVariable String partnershipId,
            @PathVariable String person,
            @Valid @RequestBody ReplacementRequest request) {
        authority.in(partnershipId).toManageRepresentative(new PersonId(person));
        independence.toAppoint(new PersonId(request.incoming()));
        commands.sendAndWait(new ReplaceRepresentative(
                new PartnershipId(partnershipId),
                new PersonId(person),
                new PersonId(request.incoming()),
                request.occurredOn()));
        return ResponseEntity.created(Locations.underPartnership(partnershipId, "representatives", request.incoming()))
                .build();
    }

    @PostMapping("/representatives/{person}/removal")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> remove(
            @PathVariable String partnershipId,
            @PathVariable String person,
            @Valid @RequestBody RemovalRequest request) {
        authority.in(partnershipId).toManageRepresentative(new PersonId(person));
        commands.sendAndWait(new RemoveRepresentative(
                new PartnershipId(partnershipId), new PersonId(person), request.reason(), request.occurredOn()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/withdrawals")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Void> withdraw(
            @PathVariable String partnershipId, @Valid @RequestBody PartnerWithdrawalRequest request) {
        authority.in(partnershipId).toWithdraw(new PartnerId(request.partner()));
        commands.sendAndWait(new WithdrawPartner(
                new PartnershipId(partnershipId),
                new PartnerId(request.partner()),
                request.reason(),
                request.occurredOn()));
        return ResponseEntity.created(Locations.underPartnership(partnershipId, "partners", request.partner()))
                .build();
    }
}
