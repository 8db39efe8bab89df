package org.partnershipledger.web.store;

import java.net.InetSocketAddress;
import org.partnershipledger.core.store.AppendDurability;

/** The MongoDB the ledger uses: a configured one, or the embedded store it started itself. */
public record DataStore(String uri, EmbeddedStore embedded, boolean served) implements AutoCloseable {

    static DataStore open(String configuredUri, java.nio.file.Path dataDirectory) {
        return open(configuredUri, dataDirectory, "");
    }

    /**
     * A configured MongoDB, or the embedded store in {@code dataDirectory}, served to other ledger nodes on
     * {@code servedAddress} ({@code host:port}) only if that is given.
     */
    static DataStore open(String configuredUri, java.nio.file.Path dataDirectory, String servedAddress) {
        if (!configuredUri.isBlank()) {
            return new DataStore(configuredUri, null, false);
        }
        InetSocketAddress served = servedAddress.isBlank() ? null : address(servedAddress.strip());
        EmbeddedStore embedded = EmbeddedStore.open(dataDirectory, served);
        return new DataStore(embedded.connectionString(), embedded, served != null);
    }

    private static InetSocketAddress address(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        try {
            return new InetSocketAddress(
                    hostAndPort.substring(0, colon), Integer.parseInt(hostAndPort.substring(colon + 1)));
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "LEDGER_STORE_SERVE_ADDRESS must be host:port, e.g. 10.0.0.5:27017, not '" + hostAndPort + "'", e);
        }
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
     * it, unless it is served to other nodes. Then work begun by another process has ended, with that process.
     */
    public boolean exclusive() {
        return embedded != null && !served;
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
