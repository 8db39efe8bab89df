package org.partnershipledger.core.store;

/**
 * What must happen after events are written and before their append is acknowledged. A real MongoDB
 * makes writes durable through its write concern; the embedded store has to commit its file first.
 */
@FunctionalInterface
public interface AppendDurability {

    AppendDurability WRITE_CONCERN = () -> {};

    /** Returns once everything written so far would survive the process being killed. */
    void awaitDurable();
}
