package org.partnershipledger.web.store;

import org.partnershipledger.core.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rebuilding a read model from the whole history, by the name of its processing group. The ledger keeps
 * accepting commands meanwhile; the read model catches up with them once the replay has passed.
 */
@RestController
@RequestMapping("/api/admin/projections")
class ProjectionController {

    private final ReadModels readModels;

    ProjectionController(ReadModels readModels) {
        this.readModels = readModels;
    }

    static final class UnknownProjection extends RuleViolation {
        UnknownProjection(String name) {
            super("unknown-projection", Kind.UNKNOWN, "There is no read model called " + name);
        }
    }

    @PostMapping("/{name}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<Void> replay(@PathVariable String name) {
        if (!readModels.replay(name)) {
            throw new UnknownProjection(name);
        }
        return ResponseEntity.accepted().build();
    }
}
