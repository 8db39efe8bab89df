package org.partnershipledger.query.phase;

import java.util.List;
import org.partnershipledger.core.partnership.PartnershipEvent;
import org.partnershipledger.query.history.HistoryEvent;

/** A model's rules: the phase the group is in after an event, given the phase before it and the facts so far. */
@FunctionalInterface
interface PhaseRules<P extends Enum<P>> {

    /** Returns {@code current} when the event changes nothing; {@code current} is null before formation. */
    P next(P current, PartnershipEvent event, GroupFacts group);

    /** Applies the rules to a history in domain order, up to the partnership's end. */
    static <P extends Enum<P>> Timeline fold(String model, List<HistoryEvent> history, PhaseRules<P> rules) {
        TimelineBuilder timeline = new TimelineBuilder(model);
        GroupFacts group = new GroupFacts();
        P current = null;
        for (HistoryEvent event : TimelineBuilder.inDomainOrder(history)) {
            group.apply(event.event());
            P next = rules.next(current, event.event(), group);
            if (next != null) {
                timeline.moveTo(next.name(), event);
                current = next;
            }
            timeline.record(event);
            if (TimelineBuilder.endsPartnership(event.event())) {
                timeline.end(event.occurredOn());
                break;
            }
        }
        return timeline.build();
    }
}
