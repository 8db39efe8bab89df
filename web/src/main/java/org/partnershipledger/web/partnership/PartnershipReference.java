package org.partnershipledger.web.partnership;

/** What a client gets back when it records a partnership: the id to find it by. */
record PartnershipReference(String id) {}
