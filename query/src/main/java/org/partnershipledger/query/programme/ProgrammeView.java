package org.partnershipledger.query.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnershipledger.core.programme.PairMatched;
import org.partnershipledger.core.programme.ProgrammeEvent;
import org.partnershipledger.core.programme.ProgrammeMeetingRecorded;
import org.partnershipledger.core.programme.ProgrammeStarted;
import org.partnershipledger.core.programme.TreatmentRelationshipDeclared;

/**
 * A programme as its own history tells it: who facilitates it, for which period, its pairs in the order
 * matched and its joint meetings. What happens within a pair is on the pair's partnership, not here.
 */
public record ProgrammeView(
        String id,
        String name,
        String facilitator,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalDate kickOffOn,
        LocalDate wrappedUpOn,
        int treatmentRelationships,
        List<PairView> pairs) {

    /** Where a programme stands by its joint meetings. */
    public enum State {
        STARTED,
        KICKED_OFF,
        WRAPPED_UP
    }

    /** A matched pair: the two persons (by id only) and the partnership they form. */
    public record PairView(
            String pairId, String experienceExpert, String strategicLeader, String partnership, LocalDate matchedOn) {}

    public ProgrammeView {
        pairs = List.copyOf(pairs);
    }

    /** The programme folded from its events in stream order; empty when it was never started. */
    public static Optional<ProgrammeView> of(List<? extends ProgrammeEvent> history) {
        ProgrammeView view = null;
        for (ProgrammeEvent event : history) {
            if (event instanceof ProgrammeStarted started) {
                view = new ProgrammeView(
                        started.programmeId().value(),
                        started.name(),
                        started.facilitator().value(),
                        started.startsOn(),
                        started.endsOn(),
                        null,
                        null,
                        0,
                        List.of());
            } else if (view == null) {
                continue; // nothing happens to a programme before it starts
            } else if (event instanceof TreatmentRelationshipDeclared) {
                view = view.withDeclaration();
            } else if (event instanceof PairMatched matched) {
                view = view.with(matched);
            } else if (event instanceof ProgrammeMeetingRecorded meeting) {
                view = view.with(meeting);
            }
        }
        return Optional.ofNullable(view);
    }

    public State state() {
        if (wrappedUpOn != null) {
            return State.WRAPPED_UP;
        }
        return kickOffOn != null ? State.KICKED_OFF : State.STARTED;
    }

    /** The pair the person is one of, if any. */
    public Optional<PairView> pairOf(String person) {
        return pairs.stream()
                .filter(pair -> pair.experienceExpert().equals(person)
                        || pair.strategicLeader().equals(person))
                .findFirst();
    }

    private ProgrammeView withDeclaration() {
        return new ProgrammeView(
                id, name, facilitator, startsOn, endsOn, kickOffOn, wrappedUpOn, treatmentRelationships + 1, pairs);
    }

    private ProgrammeView with(PairMatched matched) {
        List<PairView> more = new ArrayList<>(pairs);
        more.add(new PairView(
                matched.pairId().value(),
                matched.experienceExpert().value(),
                matched.strategicLeader().value(),
                matched.pairPartnership().value(),
                matched.occurredOn()));
        return new ProgrammeView(
                id, name, facilitator, startsOn, endsOn, kickOffOn, wrappedUpOn, treatmentRelationships, more);
    }

    // The first kick-off and wrap-up count; the aggregate refuses a second of either.
    private ProgrammeView with(ProgrammeMeetingRecorded meeting) {
        return switch (meeting.kind()) {
            case KICK_OFF ->
                new ProgrammeView(
                        id,
                        name,
                        facilitator,
                        startsOn,
                        endsOn,
                        kickOffOn == null ? meeting.occurredOn() : kickOffOn,
                        wrappedUpOn,
                        treatmentRelationships,
                        pairs);
            case WRAP_UP_EVALUATION ->
                new ProgrammeView(
                        id,
                        name,
                        facilitator,
                        startsOn,
                        endsOn,
                        kickOffOn,
                        wrappedUpOn == null ? meeting.occurredOn() : wrappedUpOn,
                        treatmentRelationships,
                        pairs);
            case GATHERING -> this;
        };
    }
}
