package org.partnershipledger.query.conflict;

/** Asks for a partnership's conflict record at a glance; answered with {@code ConflictSummary}. */
public record SummariseConflicts(String partnershipId) {}
