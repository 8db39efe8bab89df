package org.partnershipledger.query.conflict;

/** Asks for one conflict's history; answered with {@code Optional<ConflictView>}. */
public record FindConflict(String conflictId) {}
