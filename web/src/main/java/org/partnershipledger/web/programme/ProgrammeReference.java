package org.partnershipledger.web.programme;

/** What a client gets back when it starts a programme: the id to address it by. */
record ProgrammeReference(String id) {}
