package org.partnershipledger.query.decision;

/**
 * The agreement version in force when a decision was taken: its number and the content hash the partners
 * signed, so a reader knows which text the decision was taken under.
 */
public record VersionInForce(int version, String contentHash) {}
