package org.partnershipledger.core.programme;

/**
 * The meetings a facilitator hosts for the whole programme. The pairs' own meetings are not among
 * them: they belong to each pair's partnership.
 */
public enum ProgrammeMeetingKind {
    /** The joint start of all pairs, at the end of the start-up stage. */
    KICK_OFF,
    /** The joint evaluation that wraps the programme up and closes it for matching. */
    WRAP_UP_EVALUATION,
    /** A gathering of past, present and future partnerships, held about every six months. */
    GATHERING
}
