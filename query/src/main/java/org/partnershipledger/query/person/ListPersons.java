package org.partnershipledger.query.person;

/** Every person in the register, by name. */
public record ListPersons() {}
