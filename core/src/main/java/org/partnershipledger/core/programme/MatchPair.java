package org.partnershipledger.core.programme;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.Values;

/**
 * The facilitator matches an experience expert (a citizen or patient with lived experience) with a
 * strategic leader. The pair becomes a partnership of two persons under {@code pairPartnership}.
 */
public record MatchPair(
        @TargetAggregateIdentifier ProgrammeId programmeId,
        PairId pairId,
        PersonId experienceExpert,
        PersonId strategicLeader,
        PartnershipId pairPartnership,
        LocalDate occurredOn) {

    public MatchPair {
        Values.requirePresent(programmeId, "programmeId");
        Values.requirePresent(pairId, "pairId");
        Values.requirePresent(experienceExpert, "experienceExpert");
        Values.requirePresent(strategicLeader, "strategicLeader");
        Values.requirePresent(pairPartnership, "pairPartnership");
        Values.requirePresent(occurredOn, "occurredOn");
        if (experienceExpert.equals(strategicLeader)) {
            throw new InvalidValueException(
                    "strategicLeader", "a pair is two persons; the strategic leader cannot be the experience expert");
        }
    }
}
