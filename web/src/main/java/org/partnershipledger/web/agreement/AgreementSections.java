package org.partnershipledger.web.agreement;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnershipledger.core.agreement.AgreementContent;
import org.partnershipledger.core.agreement.Mediator;
import org.partnershipledger.core.agreement.Organisation;

/**
 * An agreement version as a reader goes through it: the template's sections in order, each with its
 * fields as plain text (lists one entry a line), so a version can be shown and two versions compared
 * field by field. Labels are message keys ({@code partnership.section.*}, {@code partnership.field.*}).
 */
final class AgreementSections {

    record Field(String key, String text) {}

    record Section(String key, List<Field> fields) {}

    /** How the page's language writes what is not text: partner names, dates, yes or no, a notice period. */
    interface Words {
        String partner(String partnerId);

        String date(LocalDate date);

        String yesOrNo(boolean yes);

        String period(Period period);

        String shared();
    }

    private AgreementSections() {}

    static List<Section> of(AgreementContent content, Words words) {
        Organisation organisation = content.organisation();
        return List.of(
                section(
                        "background",
                        field("problem", content.background().problem()),
                        field(
                                "strengths",
                                lines(
                                        content.background().strengths(),
                                        entry -> words.partner(entry.partnerId().value()) + ": " + entry.strengths()))),
                section(
                        "goals",
                        field("goals", lines(content.goals().goals(), goal -> goal)),
                        field("successCriteria", lines(content.goals().successCriteria(), criterion -> criterion))),
                section(
                        "contentAndQuality",
                        field("activity", content.contentAndQuality().activity()),
                        field("qualityRequirements", content.contentAndQuality().qualityRequirements())),
                section(
                        "organisation",
                        field("rightsAndDuties", organisation.rightsAndDuties()),
                        field(
                                "responsibilities",
                                lines(
                                        organisation.responsibilities(),
                                        responsibility -> (responsibility.partnerId() == null
                                                        ? words.shared()
                                                        : words.partner(responsibility
                                                                .partnerId()
                                                                .value()))
                                                + ": " + responsibility.text())),
                        field("steeringGroupCadence", organisation.governance().steeringGroupCadence()),
                        field("workingGroupCadence", organisation.governance().workingGroupCadence()),
                        field("informationInternal", organisation.information().internal()),
                        field("informationExternal", organisation.information().external())),
                section(
                        "dialogue",
                        field("rules", content.dialogue().rules()),
                        field("mediator", mediator(content.dialogue().mediator()))),
                section(
                        "plan",
                        field(
                                "phases",
                                lines(
                                        content.plan().phases(),
                                        phase -> phase.name() + ": "
                                                + period(phase.startsOn(), phase.endsOn(), words)))),
                section(
                        "budget",
                        field("financing", content.budget().financing()),
                        field("moneyExchanged", words.yesOrNo(content.budget().moneyExchanged()))),
                section(
                        "changes",
                        field("amendment", content.changes().amendment()),
                        field("withdrawal", content.changes().withdrawal()),
                        field("noticePeriod", words.period(content.changes().noticePeriod())),
                        field("riskAssessment", content.riskAssessment())),
                section(
                        "evaluation",
                        field("method", content.evaluation().method()),
                        field("measurementPoints", lines(content.evaluation().measurementPoints(), point -> point)),
                        field("anchoring", content.evaluation().anchoring())),
                section(
                        "term",
                        field(
                                "term",
                                period(content.term().startsOn(), content.term().endsOn(), words)),
                        field("revisionDate", content.revisionDate() == null ? "" : words.date(content.revisionDate())),
                        field("accession", lines(content.accession(), name -> name))));
    }

    private static Section section(String key, Field... fields) {
        return new Section(key, List.of(fields));
    }

    private static Field field(String key, String text) {
        return new Field(key, text);
    }

    private static <T> String lines(List<T> entries, Function<T, String> line) {
        return entries.stream().map(line).collect(Collectors.joining("\n"));
    }

    private static String mediator(Mediator mediator) {
        if (mediator == null) {
            return "";
        }
        return mediator.organisation().isEmpty() ? mediator.name() : mediator.name() + ", " + mediator.organisation();
    }

    private static String period(LocalDate startsOn, LocalDate endsOn, Words words) {
        return words.date(startsOn) + " – " + (endsOn == null ? "" : words.date(endsOn));
    }
}
