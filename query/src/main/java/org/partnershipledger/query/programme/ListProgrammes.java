package org.partnershipledger.query.programme;

/**
 * Asks for the programmes a facilitator runs (every programme when {@code facilitator} is null), earliest
 * start first; answered with {@code List<ProgrammeSummary>}.
 */
public record ListProgrammes(String facilitator) {}
