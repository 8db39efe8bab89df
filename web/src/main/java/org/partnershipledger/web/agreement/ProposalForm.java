package org.partnershipledger.web.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.partnershipledger.web.api.NotInTheFuture;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A version of the agreement as a partner drafts it, one part per section of the template (DOMAIN.md),
 * laid out as {@code AgreementContent} is so the ledger's refusals land on the field they name
 * ({@code term.startsOn}, {@code plan.phases[1].endsOn}). Lists of texts are written one entry a line.
 * Getters and setters because Spring binds and Thymeleaf reads the form through them.
 */
public class ProposalForm {

    @NotBlank(message = "{partnership.propose.error.proposedBy}")
    private String proposedBy = "";

    @NotNull(message = "{partnership.propose.error.proposedOn.missing}")
    @NotInTheFuture(message = "{partnership.propose.error.proposedOn.future}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate proposedOn = LocalDate.now(ZoneOffset.UTC);

    @Valid
    private Background background = new Background();

    @Valid
    private Goals goals = new Goals();

    @Valid
    private ContentAndQuality contentAndQuality = new ContentAndQuality();

    @Valid
    private Organisation organisation = new Organisation();

    @Valid
    private Dialogue dialogue = new Dialogue();

    @Valid
    private Plan plan = new Plan();

    @Valid
    private Budget budget = new Budget();

    @Valid
    private Changes changes = new Changes();

    private String riskAssessment = "";

    @Valid
    private Evaluation evaluation = new Evaluation();

    @Valid
    private Term term = new Term();

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate revisionDate;

    private String accession = "";

    public String getProposedBy() {
        return proposedBy;
    }

    public void setProposedBy(String proposedBy) {
        this.proposedBy = proposedBy;
    }

    public LocalDate getProposedOn() {
        return proposedOn;
    }

    public void setProposedOn(LocalDate proposedOn) {
        this.proposedOn = proposedOn;
    }

    public Background getBackground() {
        return background;
    }

    public void setBackground(Background background) {
        this.background = background;
    }

    public Goals getGoals() {
        return goals;
    }

    public void setGoals(Goals goals) {
        this.goals = goals;
    }

    public ContentAndQuality getContentAndQuality() {
        return contentAndQuality;
    }

    public void setContentAndQuality(ContentAndQuality contentAndQuality) {
        this.contentAndQuality = contentAndQuality;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Organisation organisation) {
        this.organisation = organisation;
    }

    public Dialogue getDialogue() {
        return dialogue;
    }

    public void setDialogue(Dialogue dialogue) {
        this.dialogue = dialogue;
    }

    public Plan getPlan() {
        return plan;
    }

    public void setPlan(Plan plan) {
        this.plan = plan;
    }

    public Budget getBudget() {
        return budget;
    }

    public void setBudget(Budget budget) {
        this.budget = budget;
    }

    public Changes getChanges() {
        return changes;
    }

    public void setChanges(Changes changes) {
        this.changes = changes;
    }

    public String getRiskAssessment() {
        return riskAssessment;
    }

    public void setRiskAssessment(String riskAssessment) {
        this.riskAssessment = riskAssessment;
    }

    public Evaluation getEvaluation() {
        return evaluation;
    }

    public void setEvaluation(Evaluation evaluation) {
        this.evaluation = evaluation;
    }

    public Term getTerm() {
        return term;
    }

    public void setTerm(Term term) {
        this.term = term;
    }

    public LocalDate getRevisionDate() {
        return revisionDate;
    }

    public void setRevisionDate(LocalDate revisionDate) {
        this.revisionDate = revisionDate;
    }

    public String getAccession() {
        return accession;
    }

    public void setAccession(String accession) {
        this.accession = accession;
    }

    /** What one partner brings; the partner is fixed, one row per current partner. */
    public static class Strength {
        private String partnerId = "";

        private String partnerName = "";

        private String strengths = "";

        public String getPartnerId() {
            return partnerId;
        }

        public void setPartnerId(String partnerId) {
            this.partnerId = partnerId;
        }

        public String getPartnerName() {
            return partnerName;
        }

        public void setPartnerName(String partnerName) {
            this.partnerName = partnerName;
        }

        public String getStrengths() {
            return strengths;
        }

        public void setStrengths(String strengths) {
            this.strengths = strengths;
        }
    }

    /** Background: the problem, and each partner's strengths. */
    public static class Background {
        private String problem = "";

        @Valid
        private List<Strength> strengths = new ArrayList<>();

        public String getProblem() {
            return problem;
        }

        public void setProblem(String problem) {
            this.problem = problem;
        }

        public List<Strength> getStrengths() {
            return strengths;
        }

        public void setStrengths(List<Strength> strengths) {
            this.strengths = strengths;
        }
    }

    /** Goals and success criteria, one a line. */
    public static class Goals {
        private String goals = "";

        private String successCriteria = "";

        public String getGoals() {
            return goals;
        }

        public void setGoals(String goals) {
            this.goals = goals;
        }

        public String getSuccessCriteria() {
            return successCriteria;
        }

        public void setSuccessCriteria(String successCriteria) {
            this.successCriteria = successCriteria;
        }
    }

    /** The activity and its quality. */
    public static class ContentAndQuality {
        private String activity = "";

        private String qualityRequirements = "";

        public String getActivity() {
            return activity;
        }

        public void setActivity(String activity) {
            this.activity = activity;
        }

        public String getQualityRequirements() {
            return qualityRequirements;
        }

        public void setQualityRequirements(String qualityRequirements) {
            this.qualityRequirements = qualityRequirements;
        }
    }

    /** A responsibility of one partner, or shared (no partner); a row left empty is none. */
    public static class ResponsibilityRow {
        private String partnerId = "";

        private String text = "";

        public String getPartnerId() {
            return partnerId;
        }

        public void setPartnerId(String partnerId) {
            this.partnerId = partnerId;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    /** How often the groups meet. */
    public static class Governance {
        private String steeringGroupCadence = "";

        private String workingGroupCadence = "";

        public String getSteeringGroupCadence() {
            return steeringGroupCadence;
        }

        public void setSteeringGroupCadence(String steeringGroupCadence) {
            this.steeringGroupCadence = steeringGroupCadence;
        }

        public String getWorkingGroupCadence() {
            return workingGroupCadence;
        }

        public void setWorkingGroupCadence(String workingGroupCadence) {
            this.workingGroupCadence = workingGroupCadence;
        }
    }

    /** How partners inform each other and the outside world. */
    public static class Information {
        private String internal = "";

        private String external = "";

        public String getInternal() {
            return internal;
        }

        public void setInternal(String internal) {
            this.internal = internal;
        }

        public String getExternal() {
            return external;
        }

        public void setExternal(String external) {
            this.external = external;
        }
    }

    /** Organisation: rights and duties, responsibilities, governance, information. */
    public static class Organisation {
        private String rightsAndDuties = "";

        @Valid
        private List<ResponsibilityRow> responsibilities = new ArrayList<>();

        private Governance governance = new Governance();

        private Information information = new Information();

        public String getRightsAndDuties() {
            return rightsAndDuties;
        }

        public void setRightsAndDuties(String rightsAndDuties) {
            this.rightsAndDuties = rightsAndDuties;
        }

        public List<ResponsibilityRow> getResponsibilities() {
            return responsibilities;
        }

        public void setResponsibilities(List<ResponsibilityRow> responsibilities) {
            this.responsibilities = responsibilities;
        }

        public Governance getGovernance() {
            return governance;
        }

        public void setGovernance(Governance governance) {
            this.governance = governance;
        }

        public Information getInformation() {
            return information;
        }

        public void setInformation(Information information) {
            this.information = information;
        }
    }

    /** Rules for dialogue and conflict handling, and the mediator (the person who uses the ledger, if any, is kept). */
    public static class Dialogue {
        private String rules = "";

        private String mediatorName = "";

        private String mediatorOrganisation = "";

        private String mediatorPerson = "";

        public String getRules() {
            return rules;
        }

        public void setRules(String rules) {
            this.rules = rules;
        }

        public String getMediatorName() {
            return mediatorName;
        }

        public void setMediatorName(String mediatorName) {
            this.mediatorName = mediatorName;
        }

        public String getMediatorOrganisation() {
            return mediatorOrganisation;
        }

        public void setMediatorOrganisation(String mediatorOrganisation) {
            this.mediatorOrganisation = mediatorOrganisation;
        }

        public String getMediatorPerson() {
            return mediatorPerson;
        }

        public void setMediatorPerson(String mediatorPerson) {
            this.mediatorPerson = mediatorPerson;
        }
    }

    /** A phase of the plan; a row left empty is none. */
    public static class PhaseRow {
        private String name = "";

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate startsOn;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate endsOn;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public LocalDate getStartsOn() {
            return startsOn;
        }

        public void setStartsOn(LocalDate startsOn) {
            this.startsOn = startsOn;
        }

        public LocalDate getEndsOn() {
            return endsOn;
        }

        public void setEndsOn(LocalDate endsOn) {
            this.endsOn = endsOn;
        }
    }

    /** The time and activity plan. */
    public static class Plan {
        @Valid
        private List<PhaseRow> phases = new ArrayList<>();

        public List<PhaseRow> getPhases() {
            return phases;
        }

        public void setPhases(List<PhaseRow> phases) {
            this.phases = phases;
        }
    }

    /** Financing, and whether money changes hands. */
    public static class Budget {
        private String financing = "";

        private boolean moneyExchanged;

        public String getFinancing() {
            return financing;
        }

        public void setFinancing(String financing) {
            this.financing = financing;
        }

        public boolean isMoneyExchanged() {
            return moneyExchanged;
        }

        public void setMoneyExchanged(boolean moneyExchanged) {
            this.moneyExchanged = moneyExchanged;
        }
    }

    /** Amendment, withdrawal and the notice a leaving partner gives. */
    public static class Changes {
        private String amendment = "";

        private String withdrawal = "";

        @NotNull(message = "{partnership.propose.error.notice}")
        @Min(value = 0, message = "{partnership.propose.error.notice}")
        private Integer noticeMonths = 0;

        @NotNull(message = "{partnership.propose.error.notice}")
        @Min(value = 0, message = "{partnership.propose.error.notice}")
        private Integer noticeDays = 0;

        public String getAmendment() {
            return amendment;
        }

        public void setAmendment(String amendment) {
            this.amendment = amendment;
        }

        public String getWithdrawal() {
            return withdrawal;
        }

        public void setWithdrawal(String withdrawal) {
            this.withdrawal = withdrawal;
        }

        public Integer getNoticeMonths() {
            return noticeMonths;
        }

        public void setNoticeMonths(Integer noticeMonths) {
            this.noticeMonths = noticeMonths;
        }

        public Integer getNoticeDays() {
            return noticeDays;
        }

        public void setNoticeDays(Integer noticeDays) {
            this.noticeDays = noticeDays;
        }
    }

    /** Evaluation method, measurement points (one a line) and anchoring. */
    public static class Evaluation {
        private String method = "";

        private String measurementPoints = "";

        private String anchoring = "";

        public String getMethod() {
            return method;
        }

        public void setMethod(String method) {
            this.method = method;
        }

        public String getMeasurementPoints() {
            return measurementPoints;
        }

        public void setMeasurementPoints(String measurementPoints) {
            this.measurementPoints = measurementPoints;
        }

        public String getAnchoring() {
            return anchoring;
        }

        public void setAnchoring(String anchoring) {
            this.anchoring = anchoring;
        }
    }

    /** The agreement's term. */
    public static class Term {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate startsOn;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate endsOn;

        public LocalDate getStartsOn() {
            return startsOn;
        }

        public void setStartsOn(LocalDate startsOn) {
            this.startsOn = startsOn;
        }

        public LocalDate getEndsOn() {
            return endsOn;
        }

        public void setEndsOn(LocalDate endsOn) {
            this.endsOn = endsOn;
        }
    }
}
