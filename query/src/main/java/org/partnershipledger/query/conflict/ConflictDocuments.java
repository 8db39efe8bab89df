package org.partnershipledger.query.conflict;

import java.time.LocalDate;
import org.bson.Document;

/** How one conflict is kept in MongoDB: readable fields, dates as ISO strings, steps with their positions. */
final class ConflictDocuments {

    private ConflictDocuments() {}

    static Document toDocument(ConflictCase conflict) {
        return new Document("_id", conflict.conflictId())
                .append("partnershipId", conflict.partnershipId())
                .append("raisedSequence", conflict.raisedSequence())
                .append("raisedBy", conflict.raisedBy())
                .append("concerning", conflict.concerning())
                .append("topic", conflict.topic())
                .append("description", conflict.description())
                .append("category", conflict.category())
                .append("raisedOn", conflict.raisedOn().toString())
                .append(
                        "steps",
                        conflict.steps().stream()
                                .map(ConflictDocuments::toDocument)
                                .toList());
    }

    static ConflictCase toCase(Document conflict) {
        return new ConflictCase(
                conflict.getString("_id"),
                conflict.getString("partnershipId"),
                longOf(conflict, "raisedSequence"),
                conflict.getString("raisedBy"),
                conflict.getList("concerning", String.class),
                conflict.getString("topic"),
                conflict.getString("description"),
                conflict.getString("category"),
                LocalDate.parse(conflict.getString("raisedOn")),
                conflict.getList("steps", Document.class).stream()
                        .map(ConflictDocuments::toStep)
                        .toList());
    }

    static long longOf(Document document, String key) {
        return ((Number) document.get(key)).longValue();
    }

    private static Document toDocument(ConflictCase.RecordedStep recorded) {
        ConflictStepView step = recorded.step();
        return new Document("sequence", recorded.sequence())
                .append("kind", step.kind())
                .append("on", step.on().toString())
                .append("text", step.text())
                .append("consentedBy", step.consentedBy());
    }

    private static ConflictCase.RecordedStep toStep(Document step) {
        return new ConflictCase.RecordedStep(
                longOf(step, "sequence"),
                new ConflictStepView(
                        step.getString("kind"),
                        LocalDate.parse(step.getString("on")),
                        step.getString("text"),
                        step.getList("consentedBy", String.class)));
    }
}
