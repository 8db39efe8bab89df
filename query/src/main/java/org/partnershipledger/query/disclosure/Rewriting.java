package org.partnershipledger.query.disclosure;

/**
 * What a reader may not see of one event: its free text ({@code withholdFreeText}) and who the persons
 * in it are ({@code pseudonyms} given: each is read by their pseudonym; null: persons are read as they are).
 */
record Rewriting(boolean withholdFreeText, Pseudonyms pseudonyms) {

    static final Rewriting NONE = new Rewriting(false, null);

    boolean changesNothing() {
        return !withholdFreeText && pseudonyms == null;
    }
}
