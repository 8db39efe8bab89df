package org.partnershipledger.core.programme;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;

/** The pairs matched so far in one programme: who is in which pair, and which partnerships they form. */
final class Pairs {

    private final Set<PairId> matched = new HashSet<>();
    private final Map<PersonId, PairId> pairOf = new HashMap<>();
    private final Set<PartnershipId> partnerships = new HashSet<>();

    void requireNew(ProgrammeId programmeId, PairId pairId, PartnershipId pairPartnership) {
        if (matched.contains(pairId)) {
            throw new PairAlreadyMatchedException(programmeId, pairId);
        }
        if (partnerships.contains(pairPartnership)) {
            throw new PartnershipAlreadyAPairException(programmeId, pairPartnership);
        }
    }

    void requireUnpaired(ProgrammeId programmeId, PersonId person) {
        PairId pairId = pairOf.get(person);
        if (pairId != null) {
            throw new PersonAlreadyPairedException(programmeId, person, pairId);
        }
    }

    void on(PairMatched event) {
        matched.add(event.pairId());
        pairOf.put(event.experienceExpert(), event.pairId());
        pairOf.put(event.strategicLeader(), event.pairId());
        partnerships.add(event.pairPartnership());
    }
}
