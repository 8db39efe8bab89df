package org.partnershipledger.core;

/**
 * A command refused because of the state of the ledger: signing a superseded version, raising a conflict
 * in a dissolved partnership. Each rule is a named subclass that carries the ids and values involved;
 * the edge answers with the rule's name and message.
 */
public abstract class RuleViolation extends RuntimeException {

    /** How the refusal reads to a client. */
    public enum Kind {
        /** The request contradicts what is on record (HTTP 409). */
        CONFLICTING_STATE,
        /** The request names something the ledger does not know (HTTP 404). */
        UNKNOWN
    }

    private final String rule;
    private final Kind kind;

    protected RuleViolation(String rule, Kind kind, String message) {
        super(message);
        this.rule = rule;
        this.kind = kind;
    }

    /** A short, stable name of the rule broken, e.g. {@code version-superseded}. */
    public String rule() {
        return rule;
    }

    public Kind kind() {
        return kind;
    }
}
