package org.partnershipledger.web.api;

import org.partnershipledger.core.RuleViolation;
import org.partnershipledger.core.programme.ProgrammeId;

/**
 * A command addressed to a programme the ledger has no history of. Axon refuses it before the aggregate
 * sees it, so the edge names it here.
 */
class ProgrammeNotFoundException extends RuleViolation {

    private final ProgrammeId programmeId;

    ProgrammeNotFoundException(ProgrammeId programmeId) {
        super("unknown-programme", Kind.UNKNOWN, "No programme with id '" + programmeId + "' is on record.");
        this.programmeId = programmeId;
    }

    ProgrammeId programmeId() {
        return programmeId;
    }
}
