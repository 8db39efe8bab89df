package org.partnershipledger.query.disclosure;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.conflict.ConflictId;
import org.partnershipledger.core.partnership.ConflictAbandoned;
import org.partnershipledger.core.partnership.ConflictEscalated;
import org.partnershipledger.core.partnership.ConflictRaised;
import org.partnershipledger.core.partnership.ConflictResolved;
import org.partnershipledger.core.partnership.ConflictStepRecorded;
import org.partnershipledger.core.partnership.MediationSessionRecorded;
import org.partnershipledger.core.partnership.PartnershipEvent;
import org.partnershipledger.query.history.HistoryEvent;

/** The partners involved in each conflict of a history: the one who raised it and those it concerns. */
final class ConflictParties {

    private final Map<ConflictId, Set<PartnerId>> involved = new HashMap<>();

    static ConflictParties of(List<HistoryEvent> history) {
        ConflictParties parties = new ConflictParties();
        for (HistoryEvent recorded : history) {
            if (recorded.event() instanceof ConflictRaised raised) {
                Set<PartnerId> partners = new LinkedHashSet<>();
                partners.add(raised.raisedBy());
                partners.addAll(raised.concerning());
                parties.involved.putIfAbsent(raised.conflictId(), Set.copyOf(partners));
            }
        }
        return parties;
    }

    /** The conflict an event belongs to, if it is a conflict event. */
    static Optional<ConflictId> conflictOf(PartnershipEvent event) {
        if (event instanceof ConflictRaised raised) {
            return Optional.of(raised.conflictId());
        } else if (event instanceof ConflictStepRecorded step) {
            return Optional.of(step.conflictId());
        } else if (event instanceof ConflictEscalated escalated) {
            return Optional.of(escalated.conflictId());
        } else if (event instanceof MediationSessionRecorded session) {
            return Optional.of(session.conflictId());
        } else if (event instanceof ConflictResolved resolved) {
            return Optional.of(resolved.conflictId());
        } else if (event instanceof ConflictAbandoned abandoned) {
            return Optional.of(abandoned.conflictId());
        }
        return Optional.empty();
    }

    /** A conflict raised outside the history involves nobody known, so only the mediator reads its text. */
    boolean readableBy(Reader reader, ConflictId conflict) {
        return reader.readsConflictBetween(involved.getOrDefault(conflict, Set.of()));
    }
}
