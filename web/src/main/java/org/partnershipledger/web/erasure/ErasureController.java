package org.partnershipledger.web.erasure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.erasure.ErasePerson;
import org.partnershipledger.web.api.NotInTheFuture;
import org.partnershipledger.web.erasure.PersonErasure.Erasure;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An administrator erases a person at their request. Answered 202: the keys are gone at once, the read
 * models are being rebuilt without the person's data.
 */
@RestController
class ErasureController {

    private final CommandGateway commands;

    ErasureController(CommandGateway commands) {
        this.commands = commands;
    }

    record ErasureRequest(@NotNull @NotInTheFuture LocalDate occurredOn) {}

    @PostMapping("/api/admin/persons/{person}/erasure")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<Erasure> erase(@PathVariable String person, @Valid @RequestBody ErasureRequest request) {
        Erasure erasure = commands.sendAndWait(new ErasePerson(new PersonId(person), request.occurredOn()));
        return ResponseEntity.accepted().body(erasure);
    }
}
