package org.partnershipledger.web.timeline;

import java.util.Map;

/**
 * The kinds of event a researcher tells apart on the timeline, each with its own shape and colour so the
 * kinds differ without relying on colour alone (the two stars, formed and ended, differ in lightness too).
 * Colours keep at least 3:1 contrast against white.
 */
public enum EventKind {
    FORMED(Shape.STAR, "#1a1a1a"),
    MEETING(Shape.CIRCLE, "#1f5fa8"),
    AGREEMENT(Shape.SQUARE, "#1b7a3a"),
    DECISION(Shape.CROSS, "#4a4a4a"),
    CONFLICT(Shape.TRIANGLE_UP, "#b3261e"),
    JOINED(Shape.DIAMOND, "#6b3fa0"),
    LEFT(Shape.TRIANGLE_DOWN, "#8a5a00"),
    OBSERVATION(Shape.PENTAGON, "#00707a"),
    ENDED(Shape.STAR, "#b3261e"),
    OTHER(Shape.SALTIRE, "#5f6368");

    /** A mark's outline; drawn the same way in SVG and in PNG. */
    public enum Shape {
        CIRCLE,
        SQUARE,
        DIAMOND,
        TRIANGLE_UP,
        TRIANGLE_DOWN,
        STAR,
        /** An upright cross, "+". */
        CROSS,
        PENTAGON,
        /** A diagonal cross, "×". */
        SALTIRE
    }

    private static final Map<String, EventKind> BY_TYPE = Map.ofEntries(
            Map.entry("PartnershipFormed", FORMED),
            Map.entry("MeetingRecorded", MEETING),
            Map.entry("MinutesCorrected", MEETING),
            Map.entry("AgreementProposed", AGREEMENT),
            Map.entry("AgreementSigned", AGREEMENT),
            Map.entry("AgreementTookEffect", AGREEMENT),
            Map.entry("ProposalRecorded", DECISION),
            Map.entry("ProposalRetracted", DECISION),
            Map.entry("StanceRecorded", DECISION),
            Map.entry("DecisionReached", DECISION),
            Map.entry("StanceConfirmed", DECISION),
            Map.entry("StanceContested", DECISION),
            Map.entry("DecisionReopened", DECISION),
            Map.entry("ConflictRaised", CONFLICT),
            Map.entry("ConflictEscalated", CONFLICT),
            Map.entry("ConflictStepRecorded", CONFLICT),
            Map.entry("MediationSessionRecorded", CONFLICT),
            Map.entry("ConflictResolved", CONFLICT),
            Map.entry("ConflictAbandoned", CONFLICT),
            Map.entry("PartnerAdmitted", JOINED),
            Map.entry("RepresentativeAppointed", JOINED),
            Map.entry("RepresentativeReplaced", JOINED),
            Map.entry("PartnerWithdrew", LEFT),
            Map.entry("RepresentativeRemoved", LEFT),
            Map.entry("PhaseObserved", OBSERVATION),
            Map.entry("PartnershipDissolved", ENDED),
            Map.entry("DissolutionCancelled", JOINED),
            Map.entry("PartnershipClosed", ENDED));

    private final Shape shape;
    private final String colour;

    EventKind(Shape shape, String colour) {
        this.shape = shape;
        this.colour = colour;
    }

    /** The kind of an event type, e.g. {@code ConflictRaised}; types the timeline does not name are OTHER. */
    public static EventKind of(String type) {
        return BY_TYPE.getOrDefault(type, OTHER);
    }

    public Shape shape() {
        return shape;
    }

    public String colour() {
        return colour;
    }
}
