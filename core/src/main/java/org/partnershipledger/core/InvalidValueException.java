package org.partnershipledger.core;

/**
 * A value that is wrong on its own, whatever the state of the ledger: a blank name, too few partners.
 * It names the field, so the edge can tell the client exactly what to correct.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String field;
    private final String reason;

    public InvalidValueException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
