package org.partnershipledger.web.partnership;

import java.util.concurrent.Executor;
import java.util.function.Function;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.snapshotting.RevisionSnapshotFilter;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.partnership.Partnership;
import org.partnershipledger.web.security.CheckedVersions;

/**
 * How the partnership aggregate is kept and loaded. It is cached while memory allows; a snapshot of its
 * state is taken once the events since the last reach a tenth of its history, at least
 * {@link #SNAPSHOT_EVERY} and at most ten times that many ({@link GrowingSnapshotTrigger}), so a command on a
 * long history reads one snapshot and at most that many events, not the whole history; a snapshot of another
 * revision of the state than {@link Partnership}'s own is passed over, and the aggregate rebuilt from its
 * events. A command that names the version its authority check saw is refused if the partnership has moved
 * on since.
 */
public final class PartnershipAggregate {

    /**
     * At least every 100 events: loading reads one event at a time by index, so up to 100 of them stay
     * within a few milliseconds, about what a young partnership's whole history costs; more often, and the
     * snapshot, which grows with the history, would be written more often than it saves reading.
     */
    public static final int SNAPSHOT_EVERY = 100;

    private PartnershipAggregate() {}

    /**
     * A snapshotter of its own: the one Axon's Spring support offers knows only aggregates registered as Spring
     * beans, and the domain keeps its aggregates free of Spring. It takes the snapshot after the command's
     * events are stored, on {@code executor}.
     */
    private static Snapshotter snapshotter(Configuration configuration, Executor executor) {
        return AggregateSnapshotter.builder()
                .executor(executor)
                .eventStore(configuration.eventStore())
                .aggregateFactories(new GenericAggregateFactory<>(Partnership.class))
                .parameterResolverFactory(configuration.parameterResolverFactory())
                .handlerDefinition(configuration.handlerDefinition(Partnership.class))
                .transactionManager(
                        configuration.getComponent(TransactionManager.class, NoTransactionManager::instance))
                .build();
    }

    /** Snapshots taken in the command's thread, as soon as the trigger fires (for tests that look at them). */
    public static AggregateConfigurer<Partnership> configuration(int snapshotEvery) {
        return configuration(
                configuration -> new EventCountSnapshotTriggerDefinition(
                        snapshotter(configuration, Runnable::run), snapshotEvery),
                new WeakReferenceCache());
    }

    /**
     * Aggregates kept and snapshots taken in the ledger's {@code memory}: a snapshot's cost grows with the
     * history, and taken in the command's thread it made every hundredth command on a long history many
     * times slower than the others. Snapshots grow further apart as the history grows.
     */
    static AggregateConfigurer<Partnership> configuration(int snapshotEvery, PartnershipMemory memory) {
        return configuration(
                configuration -> new GrowingSnapshotTrigger.Definition(
                        snapshotter(configuration, memory.snapshots()), snapshotEvery),
                memory.aggregates());
    }

    private static AggregateConfigurer<Partnership> configuration(
            Function<Configuration, SnapshotTriggerDefinition> trigger, Cache cache) {
        String revision = Partnership.class.getAnnotation(Revision.class).value();
        return AggregateConfigurer.defaultConfiguration(Partnership.class)
                .configureSnapshotTrigger(trigger)
                .configureSnapshotFilter(configuration -> RevisionSnapshotFilter.builder()
                        .type(Partnership.class)
                        .revision(revision)
                        .build())
                // Loaded partnerships stay in memory while memory allows, so a command reads no snapshot. A
                // command that fails (a version moved on by another node, say) drops its partnership from the
                // cache.
                .configureCache(configuration -> cache)
                .configureCommandTargetResolver(configuration -> CheckedVersions.targetResolver());
    }
}
