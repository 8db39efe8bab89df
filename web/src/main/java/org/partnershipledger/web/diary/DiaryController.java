package org.partnershipledger.web.diary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.diary.DiaryEntry;
import org.partnershipledger.core.diary.DiaryEntryId;
import org.partnershipledger.core.diary.Visibility;
import org.partnershipledger.core.partnership.ChangeDiaryEntryVisibility;
import org.partnershipledger.core.partnership.ObservedPhase;
import org.partnershipledger.core.partnership.RecordDiaryEntry;
import org.partnershipledger.core.partnership.RecordPhaseObservation;
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

/** What people write down as the partnership goes: diaries, and the facilitator's phase observations. */
@RestController
@RequestMapping(PartnershipController.PATH + "/{partnershipId}")
class DiaryController {

    private final CommandGateway commands;
    private final Authority authority;

    DiaryController(CommandGateway commands, Authority authority) {
        this.commands = commands;
        this.authority = authority;
    }

    record EntryRequest(
            @NotBlank @IdText String author,
            @NotNull @NotInTheFuture LocalDate occurredOn,
            @NotBlank String text,
            Visibility visibility) {}

    record VisibilityRequest(
            @NotBlank @IdText String requestedBy,
            @NotNull Visibility visibility,
            @NotNull @NotInTheFuture LocalDate occurredOn) {}

    record ObservationRequest(
            @NotBlank @IdText String observer,
            @NotNull ObservedPhase phase,
            String note,
            @NotNull @NotInTheFuture LocalDate occurredOn) {}

    @PostMapping("/diary")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Void> write(@PathVariable String partnershipId, @Valid @RequestBody EntryRequest request) {
        authority.in(partnershipId).toWriteDiaryAs(new PersonId(request.author()));
        DiaryEntryId entryId = DiaryEntryId.generate();
        commands.sendAndWait(new RecordDiaryEntry(
                new PartnershipId(partnershipId),
                entryId,
                new DiaryEntry(
                        new PersonId(request.author()), request.occurredOn(), request.text(), request.visibility())));
        return ResponseEntity.created(Locations.underPartnership(partnershipId, "diary", entryId.value()))
                .build();
    }

    @PostMapping("/diary/{entryId}/visibility")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> changeVisibility(
            @PathVariable String partnershipId,
            @PathVariable String entryId,
            @Valid @RequestBody VisibilityRequest request) {
        authority.in(partnershipId).toWriteDiaryAs(new PersonId(request.requestedBy()));
        commands.sendAndWait(new ChangeDiaryEntryVisibility(
                new PartnershipId(partnershipId),
                new DiaryEntryId(entryId),
                new PersonId(request.requestedBy()),
                request.visibility(),
                request.occurredOn()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/phase-observations")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> observe(@PathVariable String partnershipId, @Valid @RequestBody ObservationRequest request) {
        authority.toFacilitateAs(new PersonId(request.observer()));
        commands.sendAndWait(new RecordPhaseObservation(
                new PartnershipId(partnershipId),
                new PersonId(request.observer()),
                request.phase(),
                request.note(),
                request.occurredOn()));
        return ResponseEntity.noContent().build();
    }
}
