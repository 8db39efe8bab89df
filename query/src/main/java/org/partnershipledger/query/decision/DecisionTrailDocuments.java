package org.partnershipledger.query.decision;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * A decision trail as one readable MongoDB document and back: the meetings' kinds and the proposals
 * with the stream position each was recorded at, so the projection can go on applying events to it.
 * Dates are ISO text; absent values are stored as null.
 */
final class DecisionTrailDocuments {

    static final String LAST_SEQUENCE = "lastSequence";

    private DecisionTrailDocuments() {}

    static Document toDocument(String partnershipId, long lastSequence, DecisionTrail trail) {
        List<Document> meetings = trail.meetingKinds().entrySet().stream()
                .map(meeting -> new Document("id", meeting.getKey()).append("kind", meeting.getValue()))
                .toList();
        List<Document> decisions =
                trail.tracked().stream().map(DecisionTrailDocuments::toDocument).toList();
        return new Document("_id", partnershipId)
                .append(LAST_SEQUENCE, lastSequence)
                .append("meetings", meetings)
                .append("decisions", decisions);
    }

    static DecisionTrail toTrail(Document document) {
        Map<String, String> meetingKinds = new LinkedHashMap<>();
        document.getList("meetings", Document.class)
                .forEach(meeting -> meetingKinds.put(meeting.getString("id"), meeting.getString("kind")));
        List<DecisionTrail.Tracked> decisions = document.getList("decisions", Document.class).stream()
                .map(decision -> new DecisionTrail.Tracked(decision.getLong("sequence"), toView(decision)))
                .toList();
        return DecisionTrail.restore(meetingKinds, decisions);
    }

    static List<DecisionView> toViews(Document document) {
        return document.getList("decisions", Document.class).stream()
                .map(DecisionTrailDocuments::toView)
                .toList();
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
                .append("withdrawalReason", view.withdrawalReason());
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
                decision.getString("withdrawalReason"));
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
