package org.partnershipledger.web.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.programme.MatchPair;
import org.partnershipledger.core.programme.PairId;
import org.partnershipledger.core.programme.ProgrammeId;
import org.partnershipledger.web.api.IdText;
import org.partnershipledger.web.api.NotInTheFuture;

/** The body of {@code POST /api/programmes/{id}/pairs}; the ledger names the pair and its partnership. */
record MatchPairRequest(
        @NotBlank @IdText String experienceExpert,
        @NotBlank @IdText String strategicLeader,
        @NotNull @NotInTheFuture LocalDate occurredOn) {

    MatchPair toCommand(ProgrammeId programmeId, PairId pairId, PartnershipId pairPartnership) {
        return new MatchPair(
                programmeId,
                pairId,
                new PersonId(experienceExpert),
                new PersonId(strategicLeader),
                pairPartnership,
                occurredOn);
    }
}
