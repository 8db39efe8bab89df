package org.partnershipledger.core.conflict;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnershipledger.core.PartnerId;

/**
 * The conflicts of one partnership. The {@code check...} methods decide whether a conflict command may
 * proceed and change nothing; the {@code on...} methods only take over what an event records.
 */
public final class Conflicts {

    private final Map<ConflictId, TrackedConflict> conflicts = new LinkedHashMap<>();

    /** A conflict id names one conflict for its whole history. */
    public void checkRaise(ConflictId conflictId) {
        if (conflicts.containsKey(conflictId)) {
            throw new ConflictAlreadyRaisedException(conflictId);
        }
    }

    /** Partners may keep talking while the mediator is involved, but not after the conflict is closed. */
    public void checkStep(ConflictId conflictId) {
        requireOpen(conflictId, "no dialogue step can be recorded on it");
    }

    /**
     * Decides who the conflict goes to. A mediator appointed for this conflict takes precedence over the
     * one the agreement names, since the partners chose them knowing the case.
     *
     * @param namedInAgreement the mediator named in the agreement in force, if any
     * @param appointed the mediator appointed in the command, if any
     * @return the mediator to record on the escalation
     */
    public MediatorRef checkEscalation(
            ConflictId conflictId, Optional<MediatorRef> namedInAgreement, Optional<MediatorRef> appointed) {
        TrackedConflict conflict = requireOpen(conflictId, "it cannot be escalated");
        if (conflict.state() == ConflictState.ESCALATED) {
            throw new ConflictAlreadyEscalatedException(
                    conflictId, conflict.mediator().orElseThrow());
        }
        return appointed.or(() -> namedInAgreement).orElseThrow(() -> new NoMediatorException(conflictId));
    }

    public void checkMediationSession(ConflictId conflictId) {
        TrackedConflict conflict = requireOpen(conflictId, "no mediation session can be recorded on it");
        if (conflict.state() != ConflictState.ESCALATED) {
            throw new ConflictNotEscalatedException(conflictId);
        }
    }

    /**
     * A resolution binds only when the raiser and every partner concerned consent to it; consent from
     * partners not involved is not needed and changes nothing.
     */
    public void checkResolution(ConflictId conflictId, Set<PartnerId> consenting) {
        TrackedConflict conflict = requireOpen(conflictId, "it cannot be resolved");
        Set<PartnerId> missing = new LinkedHashSet<>(conflict.partnersInvolved());
        missing.removeAll(consenting);
        if (!missing.isEmpty()) {
            throw new ResolutionConsentMissingException(conflictId, missing);
        }
    }

    public void checkAbandonment(ConflictId conflictId) {
        requireOpen(conflictId, "it cannot be abandoned");
    }

    /** The conflicts still being handled, by the partners or a mediator, in the order they were raised. */
    public Set<ConflictId> open() {
        Set<ConflictId> open = new LinkedHashSet<>();
        conflicts.forEach((id, conflict) -> {
            if (conflict.state().isOpen()) {
                open.add(id);
            }
        });
        return Collections.unmodifiableSet(open);
    }

    public boolean hasOpenConflict() {
        return conflicts.values().stream().anyMatch(conflict -> conflict.state().isOpen());
    }

    public Optional<TrackedConflict> find(ConflictId conflictId) {
        return Optional.ofNullable(conflicts.get(conflictId));
    }

    public void onRaised(ConflictId conflictId, PartnerId raisedBy, Collection<PartnerId> concerning) {
        conflicts.put(conflictId, TrackedConflict.raised(raisedBy, new LinkedHashSet<>(concerning)));
    }

    public void onStepRecorded(ConflictId conflictId) {
        conflicts.computeIfPresent(conflictId, (id, conflict) -> conflict.withStep());
    }

    public void onEscalated(ConflictId conflictId, MediatorRef mediator) {
        conflicts.computeIfPresent(conflictId, (id, conflict) -> conflict.escalatedTo(mediator));
    }

    public void onMediationSessionRecorded(ConflictId conflictId) {
        conflicts.computeIfPresent(conflictId, (id, conflict) -> conflict.withMediationSession());
    }

    public void onResolved(ConflictId conflictId) {
        conflicts.computeIfPresent(conflictId, (id, conflict) -> conflict.closedAs(ConflictState.RESOLVED));
    }

    public void onAbandoned(ConflictId conflictId) {
        conflicts.computeIfPresent(conflictId, (id, conflict) -> conflict.closedAs(ConflictState.ABANDONED));
    }

    private TrackedConflict requireOpen(ConflictId conflictId, String refused) {
        TrackedConflict conflict = conflicts.get(conflictId);
        if (conflict == null) {
            throw new UnknownConflictException(conflictId);
        }
        if (!conflict.state().isOpen()) {
            throw new ConflictClosedException(conflictId, conflict.state(), refused);
        }
        return conflict;
    }
}
