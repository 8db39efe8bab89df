package org.partnershipledger.web.api;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.query.partnership.FindPartnership;
import org.partnershipledger.query.partnership.ListPartnerships;
import org.partnershipledger.query.partnership.PartnershipSummary;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping(PartnershipController.PATH)
class PartnershipController {

    static final String PATH = "/api/partnerships";

    private final CommandGateway commands;
    private final QueryGateway queries;

    PartnershipController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** The summary is built asynchronously, so the answer points at it rather than containing it. */
    @PostMapping
    ResponseEntity<PartnershipReference> form(@Valid @RequestBody FormPartnershipRequest request) {
        PartnershipId partnershipId = PartnershipId.generate();
        commands.sendAndWait(request.toCommand(partnershipId));
        URI location = UriComponentsBuilder.fromPath(PATH + "/{id}")
                .buildAndExpand(partnershipId.value())
                .toUri();
        return ResponseEntity.created(location).body(new PartnershipReference(partnershipId.value()));
    }

    @GetMapping("/{id}")
    PartnershipSummary find(@PathVariable String id) {
        return queries.query(new FindPartnership(id), ResponseTypes.optionalInstanceOf(PartnershipSummary.class))
                .join()
                .orElseThrow(() -> new PartnershipNotFoundException(id));
    }

    @GetMapping
    List<PartnershipSummary> list() {
        return queries.query(new ListPartnerships(), ResponseTypes.multipleInstancesOf(PartnershipSummary.class))
                .join();
    }
}
