package org.partnershipledger.web.demo;

import static java.time.LocalDate.parse;
import static org.partnershipledger.web.demo.ViolenceAgainstWomen.FREDERIKSBERG_KOMMUNE;
import static org.partnershipledger.web.demo.ViolenceAgainstWomen.FREDERIKSBERG_POLITI;
import static org.partnershipledger.web.demo.ViolenceAgainstWomen.MOEDREHJAELPEN;
import static org.partnershipledger.web.demo.ViolenceAgainstWomen.ROEDOVRE_HVIDOVRE_POLITI;
import static org.partnershipledger.web.demo.ViolenceAgainstWomen.ROEDOVRE_KOMMUNE;

import java.time.Period;
import java.util.List;
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
import org.partnershipledger.core.agreement.Organisation;
import org.partnershipledger.core.agreement.PartnerStrengths;
import org.partnershipledger.core.agreement.Phase;
import org.partnershipledger.core.agreement.Plan;
import org.partnershipledger.core.agreement.Responsibility;
import org.partnershipledger.core.agreement.Term;

/** The agreement of Vold mod kvinder, section by section as the partners' template has them. */
final class ViolenceAgainstWomenAgreement {

    private ViolenceAgainstWomenAgreement() {}

    /** The agreement as drafted; the signed version asks for the woman's written consent to a referral. */
    static AgreementContent drafted(boolean writtenConsent) {
        String referral = writtenConsent
                ? "The police refer a woman to Mødrehjælpen within 24 hours, with her written consent"
                : "The police refer a woman to Mødrehjælpen within 24 hours of a call-out";
        return new AgreementContent(
                new Background(
                        "Women subjected to violence meet the police, the municipality and voluntary counselling"
                                + " separately, and many fall between them",
                        List.of(
                                new PartnerStrengths(MOEDREHJAELPEN, "Counselling, group courses, secretariat"),
                                new PartnerStrengths(FREDERIKSBERG_KOMMUNE, "Social services, housing, casework"),
                                new PartnerStrengths(ROEDOVRE_KOMMUNE, "Social services, housing, casework"),
                                new PartnerStrengths(FREDERIKSBERG_POLITI, "Call-outs, alarms, restraining orders"),
                                new PartnerStrengths(
                                        ROEDOVRE_HVIDOVRE_POLITI, "Call-outs, alarms, restraining orders"))),
                new Goals(
                        List.of("Every woman met by a partner is offered counselling", referral),
                        List.of("Women referred", "Women counselled", "Group courses held", "Repeat call-outs")),
                new ContentAndQuality(
                        "A joint referral route from call-out to counselling and casework",
                        "Counselling is offered within a week; every referral is followed up"),
                new Organisation(
                        "Every partner has the same say and keeps its autonomy and its own funds",
                        List.of(
                                new Responsibility(MOEDREHJAELPEN, "Secretary of the steering group"),
                                Responsibility.shared("Referrals and follow-up")),
                        new Governance("4 times a year", "As needed"),
                        new Information(
                                "Through the steering group's minutes", "Partners inform each other before the press")),
                new DialogueAndConflictHandling(
                        "Disagreements go to the steering group and are settled in agreement", null),
                new Plan(List.of(
                        new Phase("Agreement and referral route", parse("2003-08-19"), parse("2003-12-31")),
                        new Phase("Referrals and courses", parse("2004-01-01"), parse("2004-12-31")),
                        new Phase("Evaluation report", parse("2005-01-01"), parse("2005-03-31")))),
                new Budget("Each partner funds its own part", false),
                new ChangesAndExit(
                        "Only in agreement at steering-group meetings", "Decided by the steering group", Period.ZERO),
                "Key persons leaving; the police's duty of confidentiality",
                new EvaluationAndAnchoring(
                        "An evaluation report by 31 March 2005",
                        List.of("Women referred", "Women counselled", "Group courses held", "Repeat call-outs"),
                        "The referral route becomes part of each partner's ordinary work"),
                new Term(parse("2003-12-01"), parse("2004-12-31")),
                null,
                List.of("Aarhus Kommune", "Aarhus Politi", "Mødrehjælpen Aarhus"));
    }
}
