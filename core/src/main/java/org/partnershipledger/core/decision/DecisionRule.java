package org.partnershipledger.core.decision;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnershipledger.core.PartnerId;

/**
 * Decisions in agreement (DOMAIN.md): every partner has the same say, so one objection blocks and a
 * decision binds only when every current partner has answered without objecting and one consented.
 * Only current partners count: a partner that has left no longer blocks, one just admitted must answer.
 */
public final class DecisionRule {

    private DecisionRule() {}

    public static Outcome outcome(Set<PartnerId> currentPartners, Collection<StanceGiven> stances) {
        List<StanceGiven> counted = stances.stream()
                .filter(given -> currentPartners.contains(given.partner()))
                .toList();
        if (counted.stream().anyMatch(given -> given.stance() == Stance.OBJECT)) {
            return Outcome.BLOCKED;
        }
        Set<PartnerId> answered = counted.stream().map(StanceGiven::partner).collect(Collectors.toSet());
        if (!answered.containsAll(currentPartners)) {
            return Outcome.PENDING;
        }
        if (counted.stream().anyMatch(given -> given.stance() == Stance.CONSENT)) {
            return Outcome.ADOPTED;
        }
        return Outcome.NOT_ADOPTED;
    }
}
