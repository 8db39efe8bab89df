package org.partnershipledger.query.conflict;

/**
 * Asks for the conflicts escalated to a mediator (a person id), across partnerships; answered with
 * {@code List<ConflictView>}.
 */
public record FindMediatedConflicts(String mediator) {}
