package org.partnershipledger.web.api;

/** One thing wrong with a request, by the field the client sent; listed in a problem's {@code errors}. */
record FieldProblem(String field, String message) {}
