package org.partnershipledger.query.conflict;

/** Asks for a partnership's conflicts in the order they were raised; answered with {@code List<ConflictView>}. */
public record FindConflicts(String partnershipId) {}
