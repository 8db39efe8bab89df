package org.partnershipledger.web.api;

/** What a client gets back when it starts a programme: the id to address it by. */
record ProgrammeReference(String id) {}
