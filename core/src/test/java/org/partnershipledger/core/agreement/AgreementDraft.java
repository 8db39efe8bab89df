package org.partnershipledger.core.agreement;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.partnershipledger.core.PartnerId;

/**
 * Test data: the agreement of "Greenlanders in Esbjerg" (DOMAIN.md), with one section changed at a time.
 * Public so the partnership's tests can propose it too.
 */
public final class AgreementDraft {

    public static final PartnerId VINDROSEN = new PartnerId("p-vindrosen");
    public static final PartnerId ESBJERG_KOMMUNE = new PartnerId("p-esbjerg-kommune");
    public static final LocalDate SIGNED_IN_ESBJERG = LocalDate.of(2004, 3, 1);

    private Background background = new Background(
            "Greenlanders in Esbjerg lack a foothold in the town's associations and services.",
            List.of(
                    new PartnerStrengths(VINDROSEN, "Volunteers, a meeting place and trust among Greenlanders."),
                    new PartnerStrengths(ESBJERG_KOMMUNE, "Social services and knowledge of the municipality.")));
    private Goals goals = new Goals(
            List.of("More Greenlanders take part in associations.", "Social workers know the volunteer offers."),
            List.of("Number of Greenlanders in activities", "Referrals between the partners"));
    private ContentAndQuality contentAndQuality = new ContentAndQuality(
            "A drop-in café and a network of volunteer guides.", "Guides are trained before their first visit.");
    private Organisation organisation = new Organisation(
            "Each partner keeps its autonomy over its own funds and staff.",
            List.of(
                    new Responsibility(VINDROSEN, "Recruits and trains the guides."),
                    new Responsibility(ESBJERG_KOMMUNE, "Refers citizens to the café."),
                    Responsibility.shared("The seminar and the evaluation.")),
            new Governance("roughly every 3 months", "at least monthly"),
            new Information(
                    "Minutes go to both partners.", "Partners inform each other before speaking to the press."));
    private DialogueAndConflictHandling dialogue = new DialogueAndConflictHandling(
            "Disagreements are raised at the next steering group meeting.",
            new Mediator("Centre for Conflict Resolution", "Center for Konfliktløsning"));
    private Plan plan = new Plan(List.of(
            new Phase("Start-up", LocalDate.of(2003, 3, 1), LocalDate.of(2003, 9, 30)),
            new Phase("Seminar and recruitment", LocalDate.of(2003, 9, 1), LocalDate.of(2004, 2, 29)),
            new Phase("Activities", LocalDate.of(2004, 3, 1), LocalDate.of(2005, 12, 31)),
            new Phase("Anchoring", LocalDate.of(2006, 1, 1), LocalDate.of(2006, 12, 31))));
    private Budget budget = new Budget("Each partner funds its own part.", false);
    private ChangesAndExit changes = new ChangesAndExit(
            "Amendments only in agreement at steering group meetings.",
            "A partner may leave with three months' notice.",
            Period.ofMonths(3));
    private String riskAssessment = "Key persons leaving could stall the activities.";
    private EvaluationAndAnchoring evaluation = new EvaluationAndAnchoring(
            "A joint evaluation at the end of each phase.",
            List.of("Participation", "Referrals", "Volunteers trained"),
            "The café continues in Vindrosen's regular programme.");
    private Term term = new Term(SIGNED_IN_ESBJERG, LocalDate.of(2006, 12, 31));
    private LocalDate revisionDate = SIGNED_IN_ESBJERG.plusMonths(6);
    private List<String> accession = List.of("Esbjerg Police");

    public static AgreementContent greenlandersInEsbjerg() {
        return new AgreementDraft().content();
    }

    public AgreementContent content() {
        return new AgreementContent(
                background,
                goals,
                contentAndQuality,
                organisation,
                dialogue,
                plan,
                budget,
                changes,
                riskAssessment,
                evaluation,
                term,
                revisionDate,
                accession);
    }

    public AgreementDraft background(Background background) {
        this.background = background;
        return this;
    }

    public AgreementDraft goals(Goals goals) {
        this.goals = goals;
        return this;
    }

    public AgreementDraft contentAndQuality(ContentAndQuality contentAndQuality) {
        this.contentAndQuality = contentAndQuality;
        return this;
    }

    public AgreementDraft organisation(Organisation organisation) {
        this.organisation = organisation;
        return this;
    }

    public AgreementDraft dialogue(DialogueAndConflictHandling dialogue) {
        this.dialogue = dialogue;
        return this;
    }

    public AgreementDraft plan(Plan plan) {
        this.plan = plan;
        return this;
    }

    public AgreementDraft budget(Budget budget) {
        this.budget = budget;
        return this;
    }

    public AgreementDraft changes(ChangesAndExit changes) {
        this.changes = changes;
        return this;
    }

    public AgreementDraft riskAssessment(String riskAssessment) {
        this.riskAssessment = riskAssessment;
        return this;
    }

    public AgreementDraft evaluation(EvaluationAndAnchoring evaluation) {
        this.evaluation = evaluation;
        return this;
    }

    public AgreementDraft term(Term term) {
        this.term = term;
        return this;
    }

    public AgreementDraft revisionDate(LocalDate revisionDate) {
        this.revisionDate = revisionDate;
        return this;
    }

    public AgreementDraft accession(List<String> accession) {
        this.accession = accession;
        return this;
    }
}
