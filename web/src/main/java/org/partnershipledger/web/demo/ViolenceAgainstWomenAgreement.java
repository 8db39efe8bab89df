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
                ? "Politiet henviser en kvinde til Mødrehjælpen inden for 24 timer, med hendes skriftlige samtykke"
                : "Politiet henviser en kvinde til Mødrehjælpen inden for 24 timer efter en udrykning";
        return new AgreementContent(
                new Background(
                        "Kvinder udsat for vold møder politiet, kommunen og den frivillige rådgivning"
                                + " hver for sig, og mange falder imellem",
                        List.of(
                                new PartnerStrengths(MOEDREHJAELPEN, "Rådgivning, gruppeforløb, sekretariat"),
                                new PartnerStrengths(FREDERIKSBERG_KOMMUNE, "Socialforvaltning, bolig, sagsbehandling"),
                                new PartnerStrengths(ROEDOVRE_KOMMUNE, "Socialforvaltning, bolig, sagsbehandling"),
                                new PartnerStrengths(FREDERIKSBERG_POLITI, "Udrykninger, alarmer, tilhold"),
                                new PartnerStrengths(ROEDOVRE_HVIDOVRE_POLITI, "Udrykninger, alarmer, tilhold"))),
                new Goals(
                        List.of("Hver kvinde, en partner møder, får tilbudt rådgivning", referral),
                        List.of(
                                "Henviste kvinder",
                                "Kvinder i rådgivning",
                                "Afholdte gruppeforløb",
                                "Gentagne udrykninger")),
                new ContentAndQuality(
                        "En fælles henvisningsvej fra udrykning til rådgivning og sagsbehandling",
                        "Rådgivning tilbydes inden for en uge; hver henvisning følges op"),
                new Organisation(
                        "Alle partnere har lige meget at sige og beholder deres selvstændighed og egne midler",
                        List.of(
                                new Responsibility(MOEDREHJAELPEN, "Sekretær for styregruppen"),
                                Responsibility.shared("Henvisninger og opfølgning")),
                        new Governance("4 gange om året", "Efter behov"),
                        new Information(
                                "Gennem styregruppens referater",
                                "Partnerne orienterer hinanden, før de udtaler sig til pressen")),
                new DialogueAndConflictHandling("Uenigheder går til styregruppen og afgøres i enighed", null),
                new Plan(List.of(
                        new Phase("Aftale og henvisningsvej", parse("2003-08-19"), parse("2003-12-31")),
                        new Phase("Henvisninger og forløb", parse("2004-01-01"), parse("2004-12-31")),
                        new Phase("Evalueringsrapport", parse("2005-01-01"), parse("2005-03-31")))),
                new Budget("Hver partner finansierer sin egen del", false),
                new ChangesAndExit("Kun i enighed på styregruppemøderne", "Besluttes af styregruppen", Period.ZERO),
                "Nøglepersoner, der forlader partnerskabet; politiets tavshedspligt",
                new EvaluationAndAnchoring(
                        "En evalueringsrapport senest 31. marts 2005",
                        List.of(
                                "Henviste kvinder",
                                "Kvinder i rådgivning",
                                "Afholdte gruppeforløb",
                                "Gentagne udrykninger"),
                        "Henvisningsvejen bliver en del af hver partners almindelige arbejde"),
                new Term(parse("2003-12-01"), parse("2004-12-31")),
                null,
                List.of("Aarhus Kommune", "Aarhus Politi", "Mødrehjælpen Aarhus"));
    }
}
