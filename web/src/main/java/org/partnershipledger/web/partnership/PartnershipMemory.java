package org.partnershipledger.web.partnership;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;

/**
 * What the ledger keeps of partnerships between commands: the aggregates loaded lately (in plain text, as
 * their events decode) and the snapshots waiting to be taken in the background. An erasure must be able to
 * drop the one and wait for the other, so that no personal data outlives the key it was sealed with.
 */
public final class PartnershipMemory implements AutoCloseable {

    private final Cache aggregates = new WeakReferenceCache();
    private final ExecutorService snapshots = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "partnership-snapshots");
        thread.setDaemon(true); // a snapshot not taken at shutdown is taken after the next hundred events
        return thread;
    });

    public Cache aggregates() {
        return aggregates;
    }

    public ExecutorService snapshots() {
        return snapshots;
    }

    /**
     * Drops every aggregate kept and waits until the snapshots asked for so far are written (one thread
     * takes them in turn), so whatever they hold can then be deleted once and for all.
     */
    public void forgetAll() {
        aggregates.removeAll();
        try {
            snapshots.submit(() -> {}).get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for snapshots being taken", interrupted);
        } catch (ExecutionException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
    }

    @Override
    public void close() {
        snapshots.shutdownNow();
    }
}
