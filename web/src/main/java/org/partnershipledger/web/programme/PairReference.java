package org.partnershipledger.web.programme;

/** What a client gets back when it matches a pair: the pair's id and the partnership the pair forms. */
record PairReference(String pairId, String partnershipId) {}
