package org.partnershipledger.web.programme;

import jakarta.validation.Valid;
import java.net.URI;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.RuleViolation;
import org.partnershipledger.core.programme.PairId;
import org.partnershipledger.core.programme.ProgrammeId;
import org.partnershipledger.query.programme.ProgrammeHistory;
import org.partnershipledger.query.programme.ProgrammeView;
import org.partnershipledger.web.partnership.PartnershipController;
import org.partnershipledger.web.security.Authority;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Equal-partnership programmes: a facilitator starts one, records treatment relationships, matches
 * pairs and records the joint meetings. What a pair does afterwards is recorded on its partnership.
 */
@RestController
@RequestMapping(ProgrammeController.PATH)
class ProgrammeController {

    static final String PATH = "/api/programmes";

    private final CommandGateway commands;
    private final Authority authority;
    private final ProgrammeHistory programmes;

    ProgrammeController(CommandGateway commands, Authority authority, ProgrammeHistory programmes) {
        this.commands = commands;
        this.authority = authority;
        this.programmes = programmes;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ProgrammeReference> start(@Valid @RequestBody StartProgrammeRequest request) {
        authority.toFacilitateAs(new PersonId(request.facilitator()));
        ProgrammeId programmeId = ProgrammeId.generate();
        commands.sendAndWait(request.toCommand(programmeId));
        URI location = UriComponentsBuilder.fromPath(PATH + "/{id}")
                .buildAndExpand(programmeId.value())
                .toUri();
        return ResponseEntity.created(location).body(new ProgrammeReference(programmeId.value()));
    }

    /** A programme with its pairs, read by the facilitator who runs it and by the persons in its pairs. */
    @GetMapping("/{id}")
    ProgrammeView find(@PathVariable String id) {
        ProgrammeView programme = programmes.view(id).orElseThrow(() -> new UnknownProgramme(id));
        authority.toReadProgramme(programme);
        return programme;
    }

    static final class UnknownProgramme extends RuleViolation {
        UnknownProgramme(String id) {
            super("programme-unknown", Kind.UNKNOWN, "No programme " + id + " is recorded");
        }
    }

    /** A declaration is no resource of its own: it only keeps two people from being paired. */
    @PostMapping("/{id}/treatment-relationships")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> declareTreatmentRelationship(
            @PathVariable String id, @Valid @RequestBody DeclareTreatmentRelationshipRequest request) {
        toRun(id);
        ProgrammeId programmeId = new ProgrammeId(id);
        commands.sendAndWait(request.toCommand(programmeId));
        return ResponseEntity.noContent().build();
    }

    /** A pair lives on as a partnership of two persons, so the answer points at that partnership. */
    @PostMapping("/{id}/pairs")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PairReference> matchPair(@PathVariable String id, @Valid @RequestBody MatchPairRequest request) {
        toRun(id);
        ProgrammeId programmeId = new ProgrammeId(id);
        PairId pairId = PairId.generate();
        PartnershipId pairPartnership = PartnershipId.generate();
        commands.sendAndWait(request.toCommand(programmeId, pairId, pairPartnership));
        URI location = UriComponentsBuilder.fromPath(PartnershipController.PATH + "/{id}")
                .buildAndExpand(pairPartnership.value())
                .toUri();
        return ResponseEntity.created(location).body(new PairReference(pairId.value(), pairPartnership.value()));
    }

    @PostMapping("/{id}/meetings")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> recordMeeting(
            @PathVariable String id, @Valid @RequestBody RecordProgrammeMeetingRequest request) {
        toRun(id);
        ProgrammeId programmeId = new ProgrammeId(id);
        commands.sendAndWait(request.toCommand(programmeId));
        return ResponseEntity.noContent().build();
    }

    // An unknown programme has nobody running it: the command then answers 404.
    private void toRun(String id) {
        programmes
                .view(id)
                .map(ProgrammeView::facilitator)
                .ifPresentOrElse(
                        facilitator -> authority.toRunProgramme(new PersonId(facilitator)), authority::toFacilitate);
    }
}
