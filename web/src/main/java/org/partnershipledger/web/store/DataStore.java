package org.partnershipledger.web.store;

import org.partnershipledger.core.store.AppendDurability;

/** The MongoDB the ledger uses: a configured one, or the embedded store it started itself. */
public record DataStore(String uri, EmbeddedStore embedded) implements AutoCloseable {

    static DataStore open(String configuredUri, java.nio.file.Path dataDirectory) {
        if (!configuredUri.isBlank()) {
            return new DataStore(configuredUri, null);
        }
        EmbeddedStore embedded = EmbeddedStore.open(dataDirectory);
        return new DataStore(embedded.connectionString(), embedded);
    }

    AppendDurability durability() {
        return embedded == null ? AppendDurability.WRITE_CONCERN : embedded::awaitDurable;
    }

    /**
     * Returns once everything written so far would survive the process being killed. A real MongoDB
     * makes a write durable through its write concern before acknowledging it, so only the embedded
     * store has anything to wait for.
     */
    public void awaitDurable() {
        durability().awaitDurable();
    }

    /**
     * Whether this process alone uses the store: the embedded store is locked to the process that opened
     * it. Then work begun by another process has ended, with that process.
     */
    public boolean exclusive() {
        return embedded != null;
    }

    /**
     * Overwrites the deleted data the embedded store's file still holds; returns the bytes wiped. A real
     * MongoDB manages its own files (README, "Personal data that can be erased").
     */
    public long purgeDeleted() {
        return embedded == null ? 0 : embedded.purgeDeleted();
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
