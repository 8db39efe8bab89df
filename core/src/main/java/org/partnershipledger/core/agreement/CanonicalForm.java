package org.partnershipledger.core.agreement;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.function.BiConsumer;
import org.partnershipledger.core.PartnerId;

/**
 * The one text an agreement version's hash is computed over, so any client can compute the same hash
 * from the same content without relying on a serializer's field order.
 *
 * <p>Format {@value #FORMAT}: the format tag on the first line, then one line per value, each
 * {@code path=value} ending in a line feed, in the fixed order of {@link AgreementContent}'s components
 * and of each section's components, e.g. {@code plan.phases[1].endsOn=2004-06-30}. Values are written as:
 * <ul>
 *   <li>text: in double quotes, Unicode NFC-normalised, line endings as {@code \n}, and backslash,
 *       double quote and line feed escaped as {@code \\}, {@code \"} and {@code \n};
 *   <li>dates: ISO-8601 ({@code 2003-12-01}); notice period: ISO-8601 ({@code P3M}); yes/no: {@code
 *       true}/{@code false};
 *   <li>partners: their id as text; an absent value (a shared responsibility's partner, an open end, no
 *       revision date): {@code null};
 *   <li>lists: {@code path=N} with the number of entries, then each entry under {@code path[i]}, in the
 *       order given;
 *   <li>the mediator: {@code dialogue.mediator.name} and {@code dialogue.mediator.organisation}, or
 *       {@code dialogue.mediator=null} when the agreement names none; then {@code
 *       dialogue.mediator.person} as text only when the mediator is a person known to the ledger (a
 *       line that is absent otherwise, so versions hashed before it existed keep their hashes).
 * </ul>
 * The text is hashed as UTF-8. Changing anything here changes every hash: give the changed form a new
 * format tag instead, so versions signed under the old one can still be checked.
 */
final class CanonicalForm {

    static final String FORMAT = "partnership-ledger/agreement/1";

    private final StringBuilder text = new StringBuilder(FORMAT).append('\n');

    private CanonicalForm() {}

    static String of(AgreementContent content) {
        CanonicalForm form = new CanonicalForm();
        form.background(content.background());
        form.goals(content.goals());
        form.contentAndQuality(content.contentAndQuality());
        form.organisation(content.organisation());
        form.dialogue(content.dialogue());
        form.list("plan.phases", content.plan().phases(), form::phase);
        form.budget(content.budget());
        form.changes(content.changes());
        form.text("riskAssessment", content.riskAssessment());
        form.evaluation(content.evaluation());
        form.date("term.startsOn", content.term().startsOn());
        form.date("term.endsOn", content.term().endsOn());
        form.date("revisionDate", content.revisionDate());
        form.list("accession", content.accession(), form::text);
        return form.text.toString();
    }

    private void background(Background background) {
        text("background.problem", background.problem());
        list("background.strengths", background.strengths(), (path, entry) -> {
            partner(path + ".partnerId", entry.partnerId());
            text(path + ".strengths", entry.strengths());
        });
    }

    private void goals(Goals goals) {
        list("goals.goals", goals.goals(), this::text);
        list("goals.successCriteria", goals.successCriteria(), this::text);
    }

    private void contentAndQuality(ContentAndQuality section) {
        text("contentAndQuality.activity", section.activity());
        text("contentAndQuality.qualityRequirements", section.qualityRequirements());
    }

    private void organisation(Organisation organisation) {
        text("organisation.rightsAndDuties", organisation.rightsAndDuties());
        list("organisation.responsibilities", organisation.responsibilities(), (path, responsibility) -> {
            partner(path + ".partnerId", responsibility.partnerId());
            text(path + ".text", responsibility.text());
        });
        text(
                "organisation.governance.steeringGroupCadence",
                organisation.governance().steeringGroupCadence());
        text(
                "organisation.governance.workingGroupCadence",
                organisation.governance().workingGroupCadence());
        text("organisation.information.internal", organisation.information().internal());
        text("organisation.information.external", organisation.information().external());
    }

    private void dialogue(DialogueAndConflictHandling dialogue) {
        text("dialogue.rules", dialogue.rules());
        if (dialogue.mediator() == null) {
            line("dialogue.mediator", "null");
        } else {
            text("dialogue.mediator.name", dialogue.mediator().name());
            text("dialogue.mediator.organisation", dialogue.mediator().organisation());
            if (dialogue.mediator().person() != null) {
                text("dialogue.mediator.person", dialogue.mediator().person().value());
            }
        }
    }

    private void phase(String path, Phase phase) {
        text(path + ".name", phase.name());
        date(path + ".startsOn", phase.startsOn());
        date(path + ".endsOn", phase.endsOn());
    }

    private void budget(Budget budget) {
        text("budget.financing", budget.financing());
        line("budget.moneyExchanged", Boolean.toString(budget.moneyExchanged()));
    }

    private void changes(ChangesAndExit changes) {
        text("changes.amendment", changes.amendment());
        text("changes.withdrawal", changes.withdrawal());
        period("changes.noticePeriod", changes.noticePeriod());
    }

    private void evaluation(EvaluationAndAnchoring evaluation) {
        text("evaluation.method", evaluation.method());
        list("evaluation.measurementPoints", evaluation.measurementPoints(), this::text);
        text("evaluation.anchoring", evaluation.anchoring());
    }

    private <T> void list(String path, List<T> entries, BiConsumer<String, T> entry) {
        line(path, Integer.toString(entries.size()));
        for (int i = 0; i < entries.size(); i++) {
            entry.accept(path + "[" + i + "]", entries.get(i));
        }
    }

    private void partner(String path, PartnerId partnerId) {
        if (partnerId == null) {
            line(path, "null");
        } else {
            text(path, partnerId.value());
        }
    }

    private void date(String path, LocalDate date) {
        line(path, date == null ? "null" : date.toString());
    }

    private void period(String path, Period period) {
        line(path, period.toString());
    }

    private void text(String path, String value) {
        line(path, quoted(value));
    }

    private void line(String path, String value) {
        text.append(path).append('=').append(value).append('\n');
    }

    private static String quoted(String value) {
        String normalised = Normalizer.normalize(value.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        String escaped = normalised.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        return '"' + escaped + '"';
    }
}
