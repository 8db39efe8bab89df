package org.partnershipledger.web.partnership;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.AbstractSnapshotTrigger;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;

/**
 * Snapshots an aggregate once the events since its last snapshot reach a tenth of its history, at least
 * {@code least} and at most ten times that many. A snapshot costs its whole state, which grows with the
 * history: taken every hundred events it made a long partnership's every event dearer, while taken after a
 * tenth of the history its cost per event stays the same up to the cap. Loading past the cache then reads
 * one snapshot and at most {@code 10 * least} events.
 */
final class GrowingSnapshotTrigger extends AbstractSnapshotTrigger {

    private static final long serialVersionUID = 1L;

    private final int least;
    private int counter;
    private long sequence;

    GrowingSnapshotTrigger(Snapshotter snapshotter, Class<?> aggregateType, int least) {
        super(snapshotter, aggregateType);
        this.least = least;
    }

    /** The events after which a history of {@code events} events is snapshotted again. */
    static long threshold(long events, int least) {
        return Math.max(least, Math.min(10L * least, events / 10));
    }

    @Override
    public void eventHandled(EventMessage<?> message) {
        if (message instanceof DomainEventMessage<?> event) {
            sequence = event.getSequenceNumber();
        }
        super.eventHandled(message);
    }

    @Override
    protected boolean exceedsThreshold() {
        return ++counter >= threshold(sequence + 1, least);
    }

    @Override
    protected void reset() {
        counter = 0;
    }

    /** The trigger for each loaded aggregate, taking its snapshots with {@code snapshotter}. */
    record Definition(Snapshotter snapshotter, int least) implements SnapshotTriggerDefinition {

        @Override
        public SnapshotTrigger prepareTrigger(Class<?> aggregateType) {
            return new GrowingSnapshotTrigger(snapshotter, aggregateType, least);
        }

        @Override
        public SnapshotTrigger reconfigure(Class<?> aggregateType, SnapshotTrigger trigger) {
            if (trigger instanceof GrowingSnapshotTrigger growing) {
                growing.setSnapshotter(snapshotter);
                return growing;
            }
            return prepareTrigger(aggregateType);
        }
    }
}
