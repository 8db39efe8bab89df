package org.partnershipledger.web.security;

import java.time.Instant;

/**
 * One change of the person a user acts as: who made it and when, from which person to which ({@code null}
 * for none). A person link decides whose partner a user speaks for, so every change stays on record and
 * the person it concerns can read it.
 */
public record PersonLinkChange(String username, String from, String to, String by, Instant at) {}
