package org.partnershipledger.query.conflict;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.partnership.ConflictAbandoned;
import org.partnershipledger.core.partnership.ConflictEscalated;
import org.partnershipledger.core.partnership.ConflictRaised;
import org.partnershipledger.core.partnership.ConflictResolved;
import org.partnershipledger.core.partnership.ConflictStepRecorded;
import org.partnershipledger.core.partnership.MediationSessionRecorded;
import org.partnershipledger.core.partnership.PartnershipEvent;
import org.partnershipledger.query.history.HistoryEvent;

/**
 * The conflict history of a partnership as a pure function of its events, so the live read model, "as
 * of" a date and "as known at" a time all read the same. The fold is built on {@link #apply}, one event
 * at a time, which the projection reuses to keep one conflict's document up to date.
 */
public final class ConflictHistory {

    private static final Comparator<ConflictCase> RAISED_ORDER =
            Comparator.comparing(ConflictCase::raisedOn).thenComparingLong(ConflictCase::raisedSequence);

    private ConflictHistory() {}

    /**
     * @param history the partnership's events in stream order; events of other partnerships are ignored
     * @return the partnership's conflicts in the order they were raised (domain date, then stream order)
     */
    public static List<ConflictView> of(String partnershipId, List<HistoryEvent> history) {
        Map<String, ConflictCase> cases = new LinkedHashMap<>();
        for (HistoryEvent event : history) {
            if (!event.event().partnershipId().value().equals(partnershipId)) {
                continue;
            }
            conflictIdOf(event.event()).ifPresent(conflictId -> apply(Optional.ofNullable(cases.get(conflictId)), event)
                    .ifPresent(applied -> cases.put(conflictId, applied)));
        }
        return views(cases.values());
    }

    /** Counts only what is present, and takes the median over resolved conflicts: abandoned ones never ended. */
    public static ConflictSummary summary(String partnershipId, List<ConflictView> conflicts) {
        Map<String, Long> byCategory = conflicts.stream().collect(groupingBy(ConflictView::category, counting()));
        Map<String, Long> byState = conflicts.stream().collect(groupingBy(ConflictView::state, counting()));
        List<Long> daysToResolution = conflicts.stream()
                .filter(conflict -> conflict.state().equals(ConflictStepView.RESOLVED))
                .map(ConflictView::daysToClose)
                .sorted()
                .toList();
        return new ConflictSummary(partnershipId, byCategory, byState, median(daysToResolution), conflicts.size());
    }

    /** The conflict an event belongs to, if it is a conflict event. */
    static Optional<String> conflictIdOf(PartnershipEvent event) {
        if (event instanceof ConflictRaised raised) {
            return Optional.of(raised.conflictId().value());
        } else if (event instanceof ConflictStepRecorded step) {
            return Optional.of(step.conflictId().value());
        } else if (event instanceof ConflictEscalated escalated) {
            return Optional.of(escalated.conflictId().value());
        } else if (event instanceof MediationSessionRecorded session) {
            return Optional.of(session.conflictId().value());
        } else if (event instanceof ConflictResolved resolved) {
            return Optional.of(resolved.conflictId().value());
        } else if (event instanceof ConflictAbandoned abandoned) {
            return Optional.of(abandoned.conflictId().value());
        }
        return Optional.empty();
    }

    /**
     * The incremental step: one conflict after one more event of its history.
     *
     * @param current the conflict as it stands, empty if it has not been raised (yet)
     * @return the conflict after the event; empty if the event concerns a conflict not raised, which a
     *     history cut off at a date can contain when a step was dated before its conflict
     */
    static Optional<ConflictCase> apply(Optional<ConflictCase> current, HistoryEvent history) {
        PartnershipEvent event = history.event();
        if (event instanceof ConflictRaised raised) {
            // A conflict id is raised once; the first raise holds should a history say otherwise.
            return current.or(() -> Optional.of(raisedCase(raised, history)));
        }
        return current.map(conflict -> conflict.withStep(history.sequence(), step(event, history)));
    }

    static List<ConflictView> views(Collection<ConflictCase> cases) {
        return cases.stream().sorted(RAISED_ORDER).map(ConflictCase::view).toList();
    }

    private static ConflictCase raisedCase(ConflictRaised raised, HistoryEvent history) {
        ConflictStepView step =
                new ConflictStepView(ConflictStepView.RAISED, history.occurredOn(), raised.topic(), List.of());
        return new ConflictCase(
                raised.conflictId().value(),
                raised.partnershipId().value(),
                history.sequence(),
                raised.raisedBy().value(),
                raised.concerning().stream().map(PartnerId::value).toList(),
                raised.topic(),
                raised.description(),
                raised.category().name(),
                history.occurredOn(),
                List.of(new ConflictCase.RecordedStep(history.sequence(), step)));
    }

    private static ConflictStepView step(PartnershipEvent event, HistoryEvent history) {
        if (event instanceof ConflictStepRecorded step) {
            return plainStep(ConflictStepView.DIALOGUE, history, step.note());
        } else if (event instanceof ConflictEscalated escalated) {
            return plainStep(
                    ConflictStepView.ESCALATED, history, escalated.mediator().toString());
        } else if (event instanceof MediationSessionRecorded session) {
            return plainStep(ConflictStepView.MEDIATION_SESSION, history, session.note());
        } else if (event instanceof ConflictResolved resolved) {
            List<String> consentedBy = resolved.consentedBy().stream()
                    .map(PartnerId::value)
                    .sorted()
                    .toList();
            return new ConflictStepView(
                    ConflictStepView.RESOLVED, history.occurredOn(), resolved.resolution(), consentedBy);
        } else if (event instanceof ConflictAbandoned abandoned) {
            return plainStep(ConflictStepView.ABANDONED, history, abandoned.reason());
        }
        throw new IllegalArgumentException("Not a conflict step: " + history.type());
    }

    private static ConflictStepView plainStep(String kind, HistoryEvent history, String text) {
        return new ConflictStepView(kind, history.occurredOn(), text, List.of());
    }

    private static Double median(List<Long> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1
                ? sorted.get(middle).doubleValue()
                : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }
}
