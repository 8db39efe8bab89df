package org.partnershipledger.web.store;

import org.partnershipledger.core.store.AppendDurability;

/** The MongoDB the ledger uses: a configured one, or the embedded store it started itself. */
record DataStore(String uri, EmbeddedStore embedded) implements AutoCloseable {

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

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
