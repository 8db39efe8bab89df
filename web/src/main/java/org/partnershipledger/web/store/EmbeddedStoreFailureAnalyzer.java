package org.partnershipledger.web.store;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in two lines why the ledger did not start on its data, instead of a page of bean-creation errors. */
class EmbeddedStoreFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedStoreUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedStoreUnavailableException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Stop the other ledger using " + cause.file().getParent()
                        + ", or start this one on other data with LEDGER_DATA_DIR, or on a real MongoDB with"
                        + " LEDGER_MONGODB_URI.",
                cause);
    }
}
