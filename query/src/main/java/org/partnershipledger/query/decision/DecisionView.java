package org.partnershipledger.query.decision;

import java.time.LocalDate;
import java.util.List;

/**
 * One proposal in a partnership's decision audit trail. {@code meetingId} and {@code meetingKind} are
 * null for a proposal put in writing; {@code concernsVersion} names the agreement version it is about,
 * if any; {@code outcome} is one of PENDING, ADOPTED, BLOCKED, NOT_ADOPTED, RETRACTED, and
 * {@code reachedOn} is the date it was settled or retracted (null while pending); {@code versionInForce} is
 * the agreement version in force on that date (null while pending, or when no version was in force yet).
 */
public record DecisionView(
        String proposalId,
        String meetingId,
        String meetingKind,
        LocalDate proposedOn,
        String text,
        String proposedBy,
        Integer concernsVersion,
        List<StanceView> stances,
        String outcome,
        LocalDate reachedOn,
        String retractionReason,
        VersionInForce versionInForce) {

    public DecisionView {
        stances = List.copyOf(stances);
    }

    DecisionView withStances(List<StanceView> given) {
        return new DecisionView(
                proposalId,
                meetingId,
                meetingKind,
                proposedOn,
                text,
                proposedBy,
                concernsVersion,
                given,
                outcome,
                reachedOn,
                retractionReason,
                null);
    }

    DecisionView settled(String settledAs, LocalDate settledOn, String reason) {
        return new DecisionView(
                proposalId,
                meetingId,
                meetingKind,
                proposedOn,
                text,
                proposedBy,
                concernsVersion,
                stances,
                settledAs,
                settledOn,
                reason,
                null);
    }

    DecisionView underVersion(VersionInForce inForce) {
        return new DecisionView(
                proposalId,
                meetingId,
                meetingKind,
                proposedOn,
                text,
                proposedBy,
                concernsVersion,
                stances,
                outcome,
                reachedOn,
                retractionReason,
                inForce);
    }
}
