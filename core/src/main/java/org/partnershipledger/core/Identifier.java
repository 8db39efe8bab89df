package org.partnershipledger.core;

/** An id the ledger refers to something by; its text keeps {@link Values#ID}'s alphabet when it is sent. */
public interface Identifier {

    String value();
}
