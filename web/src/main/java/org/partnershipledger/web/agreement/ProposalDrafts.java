package org.partnershipledger.web.agreement;

import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.agreement.AgreementContent;
import org.partnershipledger.core.agreement.Background;
import org.partnershipledger.core.agreement.Budget;
import org.partnershipledger.core.agreement.ChangesAndExit;
import org.partnershipledger.core.agreement.ContentAndQuality;
import org.partnershipledger.core.agreement.DialogueAndConflictHandling;
import org.partnershipledger.core.agreement.EvaluationAndAnchoring;
import org.partnershipledger.core.agreement.Goals;
import org.partnershipledger.core.agreement.Governance;
import org.partnershipledger.core.agreement.Information;
import org.partnershipledger.core.agreement.Mediator;
import org.partnershipledger.core.agreement.Organisation;
import org.partnershipledger.core.agreement.PartnerStrengths;
import org.partnershipledger.core.agreement.Phase;
import org.partnershipledger.core.agreement.Plan;
import org.partnershipledger.core.agreement.Responsibility;
import org.partnershipledger.core.agreement.Term;
import org.partnershipledger.query.history.PartnershipState;
import org.springframework.validation.Errors;

/**
 * Between the proposal form and an agreement's content: a new draft starts from the latest version (or
 * empty), and what the person wrote becomes the content the ledger checks. Rows left empty are dropped;
 * there is always one empty row more, so a phase or a responsibility can be added without JavaScript.
 */
final class ProposalDrafts {

    private ProposalDrafts() {}

    /** A draft of the next version: the latest version's text, with a row for every current partner. */
    static ProposalForm startingFrom(AgreementContent latest, List<PartnershipState.PartnerOnRecord> partners) {
        ProposalForm form = new ProposalForm();
        if (latest != null) {
            copy(latest, form);
        }
        Map<String, String> strengths = latest == null
                ? Map.of()
                : latest.background().strengths().stream()
                        .collect(Collectors.toMap(entry -> entry.partnerId().value(), PartnerStrengths::strengths));
        for (PartnershipState.PartnerOnRecord partner : partners) {
            ProposalForm.Strength row = new ProposalForm.Strength();
            row.setPartnerId(partner.id());
            row.setPartnerName(partner.name());
            row.setStrengths(strengths.getOrDefault(partner.id(), ""));
            form.getBackground().getStrengths().add(row);
        }
        return withEmptyRows(form);
    }

    /** One empty row at the end of each list of rows, for the person to add one. */
    static ProposalForm withEmptyRows(ProposalForm form) {
        List<ProposalForm.ResponsibilityRow> responsibilities =
                form.getOrganisation().getResponsibilities();
        if (responsibilities.isEmpty() || !empty(responsibilities.get(responsibilities.size() - 1))) {
            responsibilities.add(new ProposalForm.ResponsibilityRow());
        }
        List<ProposalForm.PhaseRow> phases = form.getPlan().getPhases();
        if (phases.isEmpty() || !empty(phases.get(phases.size() - 1))) {
            phases.add(new ProposalForm.PhaseRow());
        }
        return form;
    }

    /** What the form itself can tell is incomplete, named by the row's field. */
    static void check(ProposalForm form, Errors errors) {
        List<ProposalForm.PhaseRow> phases = form.getPlan().getPhases();
        for (int i = 0; i < phases.size(); i++) {
            ProposalForm.PhaseRow phase = phases.get(i);
            if (empty(phase)) {
                continue;
            }
            String row = "plan.phases[" + i + "].";
            if (blank(phase.getName())) {
                errors.rejectValue(row + "name", "partnership.propose.error.phaseName");
            }
            if (phase.getStartsOn() == null) {
                errors.rejectValue(row + "startsOn", "partnership.propose.error.phaseStart");
            } else if (phase.getEndsOn() != null && phase.getEndsOn().isBefore(phase.getStartsOn())) {
                errors.rejectValue(row + "endsOn", "partnership.propose.error.phaseEnd");
            }
        }
        List<ProposalForm.ResponsibilityRow> responsibilities =
                form.getOrganisation().getResponsibilities();
        for (int i = 0; i < responsibilities.size(); i++) {
            ProposalForm.ResponsibilityRow responsibility = responsibilities.get(i);
            if (!blank(responsibility.getPartnerId()) && blank(responsibility.getText())) {
                errors.rejectValue(
                        "organisation.responsibilities[" + i + "].text", "partnership.propose.error.responsibility");
            }
        }
        ProposalForm.Dialogue dialogue = form.getDialogue();
        if (blank(dialogue.getMediatorName()) && !blank(dialogue.getMediatorOrganisation())) {
            errors.rejectValue("dialogue.mediatorName", "partnership.propose.error.mediatorName");
        }
        if (form.getTerm().getStartsOn() == null) {
            errors.rejectValue("term.startsOn", "partnership.propose.error.termStart");
        }
    }

    /** The content the form says; the ledger's own checks throw on what is still wrong. */
    static AgreementContent content(ProposalForm form) {
        ProposalForm.Organisation organisation = form.getOrganisation();
        ProposalForm.Dialogue dialogue = form.getDialogue();
        ProposalForm.Changes changes = form.getChanges();
        return new AgreementContent(
                new Background(
                        form.getBackground().getProblem(),
                        form.getBackground().getStrengths().stream()
                                .filter(row -> !blank(row.getStrengths()))
                                .map(row -> new PartnerStrengths(new PartnerId(row.getPartnerId()), row.getStrengths()))
                                .toList()),
                new Goals(
                        lines(form.getGoals().getGoals()), lines(form.getGoals().getSuccessCriteria())),
                new ContentAndQuality(
                        form.getContentAndQuality().getActivity(),
                        form.getContentAndQuality().getQualityRequirements()),
                new Organisation(
                        organisation.getRightsAndDuties(),
                        organisation.getResponsibilities().stream()
                                .filter(row -> !blank(row.getText()))
                                .map(row -> new Responsibility(
                                        blank(row.getPartnerId()) ? null : new PartnerId(row.getPartnerId()),
                                        row.getText()))
                                .toList(),
                        new Governance(
                                organisation.getGovernance().getSteeringGroupCadence(),
                                organisation.getGovernance().getWorkingGroupCadence()),
                        new Information(
                                organisation.getInformation().getInternal(),
                                organisation.getInformation().getExternal())),
                new DialogueAndConflictHandling(
                        dialogue.getRules(),
                        blank(dialogue.getMediatorName())
                                ? null
                                : new Mediator(
                                        dialogue.getMediatorName(),
                                        dialogue.getMediatorOrganisation(),
                                        blank(dialogue.getMediatorPerson())
                                                ? null
                                                : new PersonId(dialogue.getMediatorPerson()))),
                new Plan(form.getPlan().getPhases().stream()
                        .filter(row -> !empty(row))
                        .map(row -> new Phase(row.getName(), row.getStartsOn(), row.getEndsOn()))
                        .toList()),
                new Budget(form.getBudget().getFinancing(), form.getBudget().isMoneyExchanged()),
                new ChangesAndExit(
                        changes.getAmendment(),
                        changes.getWithdrawal(),
                        Period.of(0, changes.getNoticeMonths(), changes.getNoticeDays())),
                form.getRiskAssessment(),
                new EvaluationAndAnchoring(
                        form.getEvaluation().getMethod(),
                        lines(form.getEvaluation().getMeasurementPoints()),
                        form.getEvaluation().getAnchoring()),
                new Term(form.getTerm().getStartsOn(), form.getTerm().getEndsOn()),
                form.getRevisionDate(),
                lines(form.getAccession()));
    }

    private static void copy(AgreementContent content, ProposalForm form) {
        form.getBackground().setProblem(content.background().problem());
        form.getGoals().setGoals(joined(content.goals().goals(), goal -> goal));
        form.getGoals().setSuccessCriteria(joined(content.goals().successCriteria(), criterion -> criterion));
        form.getContentAndQuality().setActivity(content.contentAndQuality().activity());
        form.getContentAndQuality()
                .setQualityRequirements(content.contentAndQuality().qualityRequirements());
        Organisation organisation = content.organisation();
        form.getOrganisation().setRightsAndDuties(organisation.rightsAndDuties());
        for (Responsibility responsibility : organisation.responsibilities()) {
            ProposalForm.ResponsibilityRow row = new ProposalForm.ResponsibilityRow();
            row.setPartnerId(
                    responsibility.partnerId() == null
                            ? ""
                            : responsibility.partnerId().value());
            row.setText(responsibility.text());
            form.getOrganisation().getResponsibilities().add(row);
        }
        form.getOrganisation()
                .getGovernance()
                .setSteeringGroupCadence(organisation.governance().steeringGroupCadence());
        form.getOrganisation()
                .getGovernance()
                .setWorkingGroupCadence(organisation.governance().workingGroupCadence());
        form.getOrganisation()
                .getInformation()
                .setInternal(organisation.information().internal());
        form.getOrganisation()
                .getInformation()
                .setExternal(organisation.information().external());
        form.getDialogue().setRules(content.dialogue().rules());
        Mediator mediator = content.dialogue().mediator();
        if (mediator != null) {
            form.getDialogue().setMediatorName(mediator.name());
            form.getDialogue().setMediatorOrganisation(mediator.organisation());
            form.getDialogue()
                    .setMediatorPerson(
                            mediator.person() == null ? "" : mediator.person().value());
        }
        for (Phase phase : content.plan().phases()) {
            ProposalForm.PhaseRow row = new ProposalForm.PhaseRow();
            row.setName(phase.name());
            row.setStartsOn(phase.startsOn());
            row.setEndsOn(phase.endsOn());
            form.getPlan().getPhases().add(row);
        }
        form.getBudget().setFinancing(content.budget().financing());
        form.getBudget().setMoneyExchanged(content.budget().moneyExchanged());
        form.getChanges().setAmendment(content.changes().amendment());
        form.getChanges().setWithdrawal(content.changes().withdrawal());
        Period notice = content.changes().noticePeriod();
        form.getChanges().setNoticeMonths((int) notice.toTotalMonths());
        form.getChanges().setNoticeDays(notice.getDays());
        form.setRiskAssessment(content.riskAssessment());
        form.getEvaluation().setMethod(content.evaluation().method());
        form.getEvaluation().setMeasurementPoints(joined(content.evaluation().measurementPoints(), point -> point));
        form.getEvaluation().setAnchoring(content.evaluation().anchoring());
        form.getTerm().setStartsOn(content.term().startsOn());
        form.getTerm().setEndsOn(content.term().endsOn());
        form.setRevisionDate(content.revisionDate());
        form.setAccession(joined(content.accession(), name -> name));
    }

    private static boolean empty(ProposalForm.ResponsibilityRow row) {
        return blank(row.getPartnerId()) && blank(row.getText());
    }

    private static boolean empty(ProposalForm.PhaseRow row) {
        return blank(row.getName()) && row.getStartsOn() == null && row.getEndsOn() == null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return new ArrayList<>(Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList());
    }

    private static <T> String joined(List<T> entries, Function<T, String> line) {
        return entries.stream().map(line).collect(Collectors.joining("\n"));
    }
}
