package org.partnershipledger.web.conflict;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.conflict.ConflictCategory;
import org.partnershipledger.core.conflict.ConflictId;
import org.partnershipledger.core.conflict.ConflictOpening;
import org.partnershipledger.core.conflict.MediatorRef;
import org.partnershipledger.core.partnership.AbandonConflict;
import org.partnershipledger.core.partnership.EscalateConflict;
import org.partnershipledger.core.partnership.RaiseConflict;
import org.partnershipledger.core.partnership.RecordConflictStep;
import org.partnershipledger.core.partnership.RecordMediationSession;
import org.partnershipledger.core.partnership.ResolveConflict;
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

/** A conflict from the moment a partner raises it to its resolution or abandonment, every step on record. */
@RestController
@RequestMapping(PartnershipController.PATH + "/{partnershipId}/conflicts")
class ConflictController {

    private final CommandGateway commands;
    private final Authority authority;

    ConflictController(CommandGateway commands, Authority authority) {
        this.commands = commands;
        this.authority = authority;
    }

    record RaiseRequest(
            @NotBlank @IdText String raisedBy,
            @NotEmpty List<@NotBlank @IdText String> concerning,
            @NotBlank String topic,
            @NotBlank String description,
            @NotNull ConflictCategory category,
            @NotNull @NotInTheFuture LocalDate occurredOn) {}

    record NoteRequest(@NotBlank String note, @NotNull @NotInTheFuture LocalDate occurredOn) {}

    /** Without a mediator here, the one named in the agreement in force takes the conflict. */
    record EscalationRequest(@Valid MediatorRef mediator, @NotNull @NotInTheFuture LocalDate occurredOn) {}

    record ResolutionRequest(
            @NotBlank String resolution,
            @NotEmpty Set<@NotBlank @IdText String> consentedBy,
            @NotNull @NotInTheFuture LocalDate occurredOn) {}

    record AbandonmentRequest(@NotBlank String reason, @NotNull @NotInTheFuture LocalDate occurredOn) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Void> raise(@PathVariable String partnershipId, @Valid @RequestBody RaiseRequest request) {
        authority.in(partnershipId).toSpeakFor(new PartnerId(request.raisedBy()));
        ConflictId conflictId = ConflictId.generate();
        commands.sendAndWait(new RaiseConflict(
                new PartnershipId(partnershipId),
                conflictId,
                new ConflictOpening(
                        new PartnerId(request.raisedBy()),
                        request.concerning().stream().map(PartnerId::new).toList(),
                        request.topic(),
                        request.description(),
                        request.category()),
                request.occurredOn()));
        return ResponseEntity.created(Locations.underPartnership(partnershipId, "conflicts", conflictId.value()))
                .build();
    }

    @PostMapping("/{conflictId}/steps")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> recordStep(
            @PathVariable String partnershipId,
            @PathVariable String conflictId,
            @Valid @RequestBody NoteRequest request) {
        authority.in(partnershipId).toActOnConflict(new ConflictId(conflictId));
        commands.sendAndWait(new RecordConflictStep(
                new PartnershipId(partnershipId), new ConflictId(conflictId), request.note(), request.occurredOn()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{conflictId}/escalation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> escalate(
            @PathVariable String partnershipId,
            @PathVariable String conflictId,
            @Valid @RequestBody EscalationRequest request) {
        authority.in(partnershipId).toActOnConflict(new ConflictId(conflictId));
        commands.sendAndWait(new EscalateConflict(
                new PartnershipId(partnershipId),
                new ConflictId(conflictId),
                request.mediator(),
                request.occurredOn()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{conflictId}/mediation-sessions")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> recordMediationSession(
            @PathVariable String partnershipId,
            @PathVariable String conflictId,
            @Valid @RequestBody NoteRequest request) {
        authority.in(partnershipId).toActOnConflict(new ConflictId(conflictId));
        commands.sendAndWait(new RecordMediationSession(
                new PartnershipId(partnershipId), new ConflictId(conflictId), request.note(), request.occurredOn()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{conflictId}/resolution")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> resolve(
            @PathVariable String partnershipId,
            @PathVariable String conflictId,
            @Valid @RequestBody ResolutionRequest request) {
        authority.in(partnershipId).toActOnConflict(new ConflictId(conflictId));
        commands.sendAndWait(new ResolveConflict(
                new PartnershipId(partnershipId),
                new ConflictId(conflictId),
                request.resolution(),
                request.consentedBy().stream().map(PartnerId::new).collect(Collectors.toSet()),
                request.occurredOn()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{conflictId}/abandonment")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> abandon(
            @PathVariable String partnershipId,
            @PathVariable String conflictId,
            @Valid @RequestBody AbandonmentRequest request) {
        authority.in(partnershipId).toActOnConflict(new ConflictId(conflictId));
        commands.sendAndWait(new AbandonConflict(
                new PartnershipId(partnershipId), new ConflictId(conflictId), request.reason(), request.occurredOn()));
        return ResponseEntity.noContent().build();
    }
}
