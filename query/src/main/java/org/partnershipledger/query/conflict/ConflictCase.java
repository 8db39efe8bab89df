package org.partnershipledger.query.conflict;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the read side keeps of one conflict between events: its opening facts and its steps with their
 * stream positions. The positions stay because history is often entered afterwards: a step recorded
 * later may have happened earlier, and steps on the same day keep the order they were recorded in.
 */
record ConflictCase(
        String conflictId,
        String partnershipId,
        long raisedSequence,
        String raisedBy,
        List<String> concerning,
        String topic,
        String description,
        String category,
        LocalDate raisedOn,
        List<RecordedStep> steps) {

    /** A step and its place in the partnership's stream. */
    record RecordedStep(long sequence, ConflictStepView step) {}

    private static final Comparator<RecordedStep> DOMAIN_ORDER = Comparator.comparing(
                    (RecordedStep recorded) -> recorded.step().on())
            .thenComparingLong(RecordedStep::sequence);

    ConflictCase {
        concerning = List.copyOf(concerning);
        steps = steps.stream().sorted(DOMAIN_ORDER).toList();
    }

    ConflictCase withStep(long sequence, ConflictStepView step) {
        List<RecordedStep> more = new ArrayList<>(steps);
        more.add(new RecordedStep(sequence, step));
        return new ConflictCase(
                conflictId,
                partnershipId,
                raisedSequence,
                raisedBy,
                concerning,
                topic,
                description,
                category,
                raisedOn,
                more);
    }

    ConflictView view() {
        Optional<ConflictStepView> escalation = first(ConflictStepView.ESCALATED);
        // The domain closes a conflict once; should history hold two closings, the earlier one counts.
        Optional<ConflictStepView> closing = steps.stream()
                .map(RecordedStep::step)
                .filter(step -> step.kind().equals(ConflictStepView.RESOLVED)
                        || step.kind().equals(ConflictStepView.ABANDONED))
                .findFirst();
        String state = closing.map(ConflictStepView::kind)
                .orElse(escalation.isPresent() ? ConflictStepView.ESCALATED : ConflictStepView.RAISED);
        return new ConflictView(
                conflictId,
                partnershipId,
                raisedBy,
                concerning,
                topic,
                description,
                category,
                state,
                raisedOn,
                escalation.map(ConflictStepView::text).orElse(null),
                steps.stream().map(RecordedStep::step).toList(),
                escalation.map(step -> DAYS.between(raisedOn, step.on())).orElse(null),
                closing.map(step -> DAYS.between(raisedOn, step.on())).orElse(null));
    }

    private Optional<ConflictStepView> first(String kind) {
        return steps.stream()
                .map(RecordedStep::step)
                .filter(step -> step.kind().equals(kind))
                .findFirst();
    }
}
