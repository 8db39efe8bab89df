package org.partnershipledger.web.api;

/** What a client gets back when it records a partnership: the id to find it by. */
record PartnershipReference(String id) {}
