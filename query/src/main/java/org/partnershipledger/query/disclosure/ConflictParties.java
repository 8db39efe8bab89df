package org.partnershipledger.query.disclosure;

import java.util.List;
import java.util.Optional;
import org.partnershipledger.core.conflict.ConflictId;
import org.partnershipledger.core.partnership.ConflictAbandoned;
import org.partnershipledger.core.partnership.ConflictEscalated;
import org.partnershipledger.core.partnership.ConflictRaised;
import org.partnershipledger.core.partnership.ConflictResolved;
import org.partnershipledger.core.partnership.ConflictStepRecorded;
import org.partnershipledger.core.partnership.MediationSessionRecorded;
import org.partnershipledger.core.partnership.PartnershipEvent;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.query.history.Participants;

/** The partners involved in each conflict of a history: the one who raised it and those it concerns. */
final class ConflictParties {

    private final Participants participants;

    private ConflictParties(Participants participants) {
        this.participants = participants;
    }

    static ConflictParties of(List<HistoryEvent> history) {
        return new ConflictParties(Participants.of(history));
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

    /**
     * The partners a conflict is between and its mediator read its text. A conflict raised outside the
     * history involves nobody known, so only its mediator reads it.
     */
    boolean readableBy(Reader reader, ConflictId conflict) {
        return reader.readsConflictBetween(
                participants.involvedIn(conflict),
                reader.mediator() && participants.mediates(reader.person(), conflict));
    }
}
