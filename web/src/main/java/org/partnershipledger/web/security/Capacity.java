package org.partnershipledger.web.security;

/**
 * What a user may do across all partnerships, beside what they may do as a person representing a partner
 * (which each partnership's own history decides).
 */
public enum Capacity {
    /** Manages users and their links to persons, and rebuilds read models; never acts for a partner. */
    ADMINISTRATOR,
    /** The independent backbone: sets partnerships and programmes up, records phase observations. */
    FACILITATOR,
    /** Reads every partnership, pseudonymised. */
    RESEARCHER
}
