package org.partnershipledger.query.decision;

/** Every proposal of one partnership with its stances and outcome; an unknown partnership has none. */
public record FindDecisions(String partnershipId) {}
