package org.partnershipledger.web.verification;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.partnership.WitnessCheckpoint;
import org.partnershipledger.core.store.ChainVerification;
import org.partnershipledger.query.verification.PartnershipVerification;
import org.partnershipledger.query.verification.PartnershipVerification.Verdict;
import org.partnershipledger.query.verification.PartnershipVerification.Witness;
import org.partnershipledger.web.api.IdText;
import org.partnershipledger.web.api.Locations;
import org.partnershipledger.web.api.NotInTheFuture;
import org.partnershipledger.web.partnership.PartnershipController;
import org.partnershipledger.web.persons.PersonNames;
import org.partnershipledger.web.security.Authority;
import org.partnershipledger.web.security.Histories;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whether a partnership's history is the history: its hash chain recomputed from the stored documents,
 * and the checkpoints its partners witnessed.
 */
@RestController
@RequestMapping(PartnershipController.PATH + "/{partnershipId}")
class VerificationController {

    private final PartnershipVerification verification;
    private final Histories histories;
    private final Authority authority;
    private final CommandGateway commands;
    private final PersonNames names;

    VerificationController(
            PartnershipVerification verification,
            Histories histories,
            Authority authority,
            CommandGateway commands,
            PersonNames names) {
        this.verification = verification;
        this.histories = histories;
        this.authority = authority;
        this.commands = commands;
        this.names = names;
    }

    /** Where the chain breaks, and why ("content changed", "event missing", "event inserted", "order changed"). */
    record BreakView(long sequenceNumber, String eventIdentifier, String reason) {}

    record CheckpointView(String headHash, long eventCount, boolean inChain, List<Witness> witnesses) {}

    /**
     * {@code headHash} and {@code eventCount} are those of the whole chain when it is intact, else of its
     * intact part before the break.
     */
    record VerificationView(
            String partnershipId,
            boolean intact,
            long eventCount,
            String headHash,
            BreakView firstBreak,
            CheckpointView witnessedCheckpoint,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = PersonNames.DESCRIPTION)
                    Map<String, String> names) {}

    record CheckpointRequest(
            @NotBlank @IdText String partner,
            @NotBlank @IdText String witness,
            @NotBlank String headHash,
            @NotNull Long eventCount,
            @NotNull @NotInTheFuture LocalDate occurredOn) {}

    @GetMapping("/verification")
    VerificationView verification(@PathVariable String partnershipId) {
        // The witnesses as the reader may see them: a researcher reads them by pseudonym.
        Verdict verdict =
                verification.verify(partnershipId, histories.window(partnershipId, Optional.empty(), Optional.empty()));
        ChainVerification.Report chain = verdict.chain();
        List<String> witnesses = verdict.checkpoint().stream()
                .flatMap(checkpoint -> checkpoint.witnesses().stream())
                .map(Witness::witness)
                .distinct()
                .toList();
        return new VerificationView(
                partnershipId,
                verdict.intact(),
                chain.firstBreak().map(ChainVerification.Break::sequenceNumber).orElse(chain.eventCount()),
                chain.headHash(),
                chain.firstBreak()
                        .map(broken -> new BreakView(
                                broken.sequenceNumber(),
                                broken.eventIdentifier(),
                                broken.reason().description()))
                        .orElse(null),
                verdict.checkpoint()
                        .map(checkpoint -> new CheckpointView(
                                checkpoint.headHash(),
                                checkpoint.eventCount(),
                                checkpoint.inChain(),
                                checkpoint.witnesses()))
                        .orElse(null),
                names.of(witnesses).of(witnesses));
    }

    @PostMapping("/checkpoints")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Void> witness(@PathVariable String partnershipId, @Valid @RequestBody CheckpointRequest request) {
        authority.in(partnershipId).toWitnessFor(new PartnerId(request.partner()), new PersonId(request.witness()));
        // Built first, so a malformed hash is a 400 naming the field before the chain is read.
        WitnessCheckpoint command = new WitnessCheckpoint(
                new PartnershipId(partnershipId),
                new PartnerId(request.partner()),
                new PersonId(request.witness()),
                request.headHash(),
                request.eventCount(),
                request.occurredOn());
        verification.requireInChain(partnershipId, request.headHash(), request.eventCount());
        commands.sendAndWait(command);
        return ResponseEntity.created(Locations.underPartnership(partnershipId, "verification"))
                .build();
    }
}
