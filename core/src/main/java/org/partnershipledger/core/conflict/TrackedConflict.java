package org.partnershipledger.core.conflict;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.partnershipledger.core.PartnerId;

/**
 * What a partnership remembers of one conflict to decide what may happen to it next. The topic and
 * description stay in the events: no rule depends on them.
 */
public record TrackedConflict(
        ConflictState state,
        PartnerId raisedBy,
        Set<PartnerId> concerning,
        Optional<MediatorRef> mediator,
        int dialogueSteps,
        int mediationSessions) {

    public TrackedConflict {
        concerning = Collections.unmodifiableSet(new LinkedHashSet<>(concerning));
    }

    static TrackedConflict raised(PartnerId raisedBy, Set<PartnerId> concerning) {
        return new TrackedConflict(ConflictState.RAISED, raisedBy, concerning, Optional.empty(), 0, 0);
    }

    /** The raiser and the partners concerned: the partners whose consent resolves the conflict. */
    public Set<PartnerId> partnersInvolved() {
        Set<PartnerId> involved = new LinkedHashSet<>();
        involved.add(raisedBy);
        involved.addAll(concerning);
        return Collections.unmodifiableSet(involved);
    }

    TrackedConflict withStep() {
        return new TrackedConflict(state, raisedBy, concerning, mediator, dialogueSteps + 1, mediationSessions);
    }

    TrackedConflict escalatedTo(MediatorRef mediator) {
        return new TrackedConflict(
                ConflictState.ESCALATED, raisedBy, concerning, Optional.of(mediator), dialogueSteps, mediationSessions);
    }

    TrackedConflict withMediationSession() {
        return new TrackedConflict(state, raisedBy, concerning, mediator, dialogueSteps, mediationSessions + 1);
    }

    TrackedConflict closedAs(ConflictState closed) {
        return new TrackedConflict(closed, raisedBy, concerning, mediator, dialogueSteps, mediationSessions);
    }
}
