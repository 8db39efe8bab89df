package org.partnershipledger.core.decision;

/** The meetings the two scales of partnership hold (DOMAIN.md): steering and working groups, pairs, gatherings. */
public enum MeetingKind {
    KICK_OFF,
    STEERING_GROUP,
    WORKING_GROUP,
    PAIR_MEETING,
    EVALUATION,
    GATHERING
}
