package org.partnershipledger.core.partnership;

/** The document outside the ledger in which a representative signed or gave a stance. */
public enum DocumentKind {
    PAPER_CONTRACT,
    LETTER,
    E_MAIL,
    MINUTES
}
