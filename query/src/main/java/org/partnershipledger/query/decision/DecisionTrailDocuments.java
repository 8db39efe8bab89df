package org.partnershipledger.query.decision;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * A decision trail as readable MongoDB documents and back: per partnership, its meetings' kinds and the ids
 * of its proposals; per proposal, its view with the stream position it was recorded at and the last event
 * applied to it, so the projection can go on applying events to it; per partnership also the content hash of
 * each agreement version proposed and the versions that took effect, from which the version in force when
 * a decision was taken is named as the trail is read. Dates are ISO text; absent values are
 * stored as null.
 */
final class DecisionTrailDocuments {

    static final String LAST_SEQUENCE = "lastSequence";
    static final String MEETINGS = "meetings";
    static final String PROPOSALS = "proposals";
    static final String CONTENT_HASHES = "contentHashes";
    static final String TOOK_EFFECT = "tookEffect";

    private DecisionTrailDocuments() {}

    /** A proposal's document's key: proposal ids are unique within their partnership. */
    static String decisionId(String partnershipId, String proposalId) {
        return partnershipId + "/" + proposalId;
    }

    static Document meeting(String meetingId, String kind) {
        return new Document("id", meetingId).append("kind", kind);
    }

    static Map<String, String> meetingKinds(Document trail) {
        Map<String, String> meetingKinds = new LinkedHashMap<>();
        trail.getList(MEETINGS, Document.class, List.of())
                .forEach(meeting -> meetingKinds.put(meeting.getString("id"), meeting.getString("kind")));
        return meetingKinds;
    }

    static List<String> proposalIds(Document trail) {
        return trail.getList(PROPOSALS, String.class, List.of());
    }

    static Document contentHash(int version, String contentHash) {
        return new Document("version", version).append("contentHash", contentHash);
    }

    /** The content hash of a version the trail has seen proposed, or null. */
    static String contentHashOf(Document trail, int version) {
        if (trail == null) {
            return null;
        }
        return trail.getList(CONTENT_HASHES, Document.class, List.of()).stream()
                .filter(proposed -> proposed.getInteger("version") == version)
                .map(proposed -> proposed.getString("contentHash"))
                .reduce((earlier, later) -> later)
                .orElse(null);
    }

    static Document tookEffect(DecisionTrail.TookEffect took) {
        return new Document("sequence", took.sequence())
                .append("from", text(took.from()))
                .append("version", took.version())
                .append("contentHash", took.contentHash());
    }

    static List<DecisionTrail.TookEffect> tookEffect(Document trail) {
        return trail.getList(TOOK_EFFECT, Document.class, List.of()).stream()
                .map(took -> new DecisionTrail.TookEffect(
                        took.getLong("sequence"),
                        date(took.getString("from")),
                        took.getInteger("version"),
                        took.getString("contentHash")))
                .toList();
    }

    static Document toDocument(String decisionId, long lastSequence, DecisionTrail.Tracked tracked) {
        return new Document("_id", decisionId)
                .append(LAST_SEQUENCE, lastSequence)
                .append("decision", toDocument(tracked));
    }

    static DecisionTrail.Tracked toTracked(Document stored) {
        Document decision = stored.get("decision", Document.class);
        return new DecisionTrail.Tracked(decision.getLong("sequence"), toView(decision));
    }

    private static Document toDocument(DecisionTrail.Tracked tracked) {
        DecisionView view = tracked.view();
        return new Document("sequence", tracked.sequence())
                .append("proposalId", view.proposalId())
                .append("meetingId", view.meetingId())
                .append("meetingKind", view.meetingKind())
                .append("proposedOn", text(view.proposedOn()))
                .append("text", view.text())
                .append("proposedBy", view.proposedBy())
                .append("concernsVersion", view.concernsVersion())
                .append(
                        "stances",
                        view.stances().stream()
                                .map(DecisionTrailDocuments::toDocument)
                                .toList())
                .append("outcome", view.outcome())
                .append("reachedOn", text(view.reachedOn()))
                .append("retractionReason", view.retractionReason());
    }

    private static Document toDocument(StanceView stance) {
        return new Document("partner", stance.partner())
                .append("stance", stance.stance())
                .append("givenBy", stance.givenBy())
                .append("givenOn", text(stance.givenOn()))
                .append("reason", stance.reason())
                .append("recordedOnBehalf", stance.recordedOnBehalf())
                .append("recordedBy", stance.recordedBy())
                .append("documentKind", stance.documentKind())
                .append("documentDate", text(stance.documentDate()))
                .append("documentReference", stance.documentReference())
                .append("answer", stance.answer())
                .append("answeredBy", stance.answeredBy())
                .append("answeredOn", text(stance.answeredOn()));
    }

    private static DecisionView toView(Document decision) {
        return new DecisionView(
                decision.getString("proposalId"),
                decision.getString("meetingId"),
                decision.getString("meetingKind"),
                date(decision.getString("proposedOn")),
                decision.getString("text"),
                decision.getString("proposedBy"),
                decision.getInteger("concernsVersion"),
                decision.getList("stances", Document.class).stream()
                        .map(DecisionTrailDocuments::toStance)
                        .toList(),
                decision.getString("outcome"),
                date(decision.getString("reachedOn")),
                decision.getString("retractionReason"),
                null);
    }

    private static StanceView toStance(Document stance) {
        return new StanceView(
                stance.getString("partner"),
                stance.getString("stance"),
                stance.getString("givenBy"),
                date(stance.getString("givenOn")),
                stance.getString("reason"),
                Boolean.TRUE.equals(stance.getBoolean("recordedOnBehalf")),
                stance.getString("recordedBy"),
                stance.getString("documentKind"),
                date(stance.getString("documentDate")),
                stance.getString("documentReference"),
                stance.getString("answer"),
                stance.getString("answeredBy"),
                date(stance.getString("answeredOn")));
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
