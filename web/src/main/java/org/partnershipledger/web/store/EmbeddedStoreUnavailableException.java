package org.partnershipledger.web.store;

import java.nio.file.Path;

/** The embedded store's data cannot be opened: in use by another ledger, unreadable, or not writable. */
public class EmbeddedStoreUnavailableException extends IllegalStateException {

    private final transient Path file;

    EmbeddedStoreUnavailableException(Path file, String reason, Throwable cause) {
        super("Cannot open the ledger's data in " + file + " (is another ledger running on it?): " + reason, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
