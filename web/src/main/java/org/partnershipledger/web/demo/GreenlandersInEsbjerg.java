package org.partnershipledger.web.demo;

import static java.time.LocalDate.parse;
import static org.partnershipledger.web.demo.DemoLedger.all;
import static org.partnershipledger.web.demo.DemoLedger.attends;
import static org.partnershipledger.web.demo.DemoLedger.consent;

import java.time.Period;
import java.util.List;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
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
import org.partnershipledger.core.conflict.ConflictCategory;
import org.partnershipledger.core.conflict.ConflictId;
import org.partnershipledger.core.conflict.ConflictOpening;
import org.partnershipledger.core.decision.MeetingKind;
import org.partnershipledger.core.diary.Visibility;
import org.partnershipledger.core.partnership.ComplexityLevel;
import org.partnershipledger.core.partnership.EscalateConflict;
import org.partnershipledger.core.partnership.FormPartnership;
import org.partnershipledger.core.partnership.ObservedPhase;
import org.partnershipledger.core.partnership.Partner;
import org.partnershipledger.core.partnership.PartnershipKind;
import org.partnershipledger.core.partnership.RaiseConflict;
import org.partnershipledger.core.partnership.RecordConflictStep;
import org.partnershipledger.core.partnership.RecordMediationSession;
import org.partnershipledger.core.partnership.ResolveConflict;
import org.partnershipledger.core.partnership.Role;
import org.partnershipledger.core.partnership.Sector;
import org.partnershipledger.core.partnership.WithdrawPartner;
import org.partnershipledger.web.demo.DemoLedger.Meeting;
import org.partnershipledger.web.demo.DemoLedger.Put;

/**
 * Greenlanders in Esbjerg (DOMAIN.md): Vindrosen and Esbjerg Kommune, first formal meeting March 2003,
 * signed March 2004. The agreement names Center for Frivilligt Socialt Arbejde as mediator and asks three
 * months' notice; a conflict over speaking to the press went to that mediator, and when the project's
 * last phase ended the municipality gave notice.
 */
final class GreenlandersInEsbjerg {

    static final PartnershipId ID = new PartnershipId("groenlaendere-i-esbjerg");
    static final PartnerId VINDROSEN = new PartnerId("gie-vindrosen");
    static final PartnerId ESBJERG_KOMMUNE = new PartnerId("gie-esbjerg-kommune");
    static final ConflictId PRESS = new ConflictId("gie-press-release");

    private final DemoLedger ledger;
    private final PersonId facilitator;
    private final PersonId gitte;
    private final PersonId erik;
    private final PersonId ole;
    private final PersonId naja;
    private final PersonId mediator;

    GreenlandersInEsbjerg(DemoLedger ledger, PersonId facilitator) {
        this.ledger = ledger;
        this.facilitator = facilitator;
        String in = " in Grønlændere i Esbjerg";
        gitte = ledger.person("gitte-ravn", "Vindrosen's leader, lead and secretary" + in);
        erik = ledger.person("erik-brandt", "Vindrosen's chairman and signatory" + in);
        ole = ledger.person("ole-kristensen", "Esbjerg Kommune's head of department and signatory" + in);
        naja = ledger.person("naja-petersen", "Esbjerg Kommune's consultant in the project group" + in);
        mediator = ledger.person("birgit-moeller", "the mediator of Center for Frivilligt Socialt Arbejde" + in);
    }

    void unfold() {
        var formed = parse("2003-03-12");
        ledger.send(new FormPartnership(
                ID,
                "Grønlændere i Esbjerg",
                "Grønlændere i Esbjerg får fodfæste i byen, i dens foreninger og hos dens myndigheder",
                formed,
                List.of(
                        new Partner(VINDROSEN, "Vindrosen – De Frivilliges Hus", Sector.VOLUNTARY),
                        new Partner(ESBJERG_KOMMUNE, "Esbjerg Kommune", Sector.PUBLIC)),
                ComplexityLevel.MEDIUM,
                PartnershipKind.NETWORK_BASED));
        ledger.appoint(
                ID, gitte, VINDROSEN, formed, Role.LEAD, Role.SECRETARY, Role.STEERING_GROUP, Role.WORKING_GROUP);
        ledger.appoint(ID, erik, VINDROSEN, formed, Role.STEERING_GROUP, Role.SIGNATORY);
        ledger.appoint(ID, ole, ESBJERG_KOMMUNE, formed, Role.STEERING_GROUP, Role.SIGNATORY);
        ledger.appoint(ID, naja, ESBJERG_KOMMUNE, formed, Role.STEERING_GROUP, Role.WORKING_GROUP);
        ledger.meeting(
                ID,
                MeetingKind.STEERING_GROUP,
                formed,
                steeringGroup("Det første formelle møde", "Et seminar til efteråret"),
                new Put(
                        "Hold et seminar med de grønlandske foreninger i september",
                        ESBJERG_KOMMUNE,
                        null,
                        bothConsent()));
        ledger.meeting(
                ID,
                MeetingKind.WORKING_GROUP,
                parse("2003-09-18"),
                new Meeting(
                        List.of(attends(gitte, VINDROSEN), attends(naja, ESBJERG_KOMMUNE)),
                        List.of("Seminaret: hvad de grønlandske foreninger bad om"),
                        "Bolig, sprog og den første kontakt med kommunen blev nævnt oftest."));
        ledger.diary(
                ID,
                naja,
                parse("2003-09-18"),
                Visibility.SHARED,
                "Seminaret var fuldt; folk vil have ét sted at gå til først, ikke fem kontorer.");
        int first = ledger.propose(ID, agreement(false), VINDROSEN, parse("2003-11-10"));
        AgreementContent signed = agreement(true);
        int second = ledger.propose(ID, signed, ESBJERG_KOMMUNE, parse("2004-02-16"));
        ledger.meeting(
                ID,
                MeetingKind.STEERING_GROUP,
                parse("2004-03-01"),
                steeringGroup("Version " + second + ": kommunens jurists ændringer til version " + first),
                new Put(
                        "Version " + second + " sendes til partnerne til underskrift",
                        VINDROSEN,
                        second,
                        bothConsent()));
        ledger.sign(ID, ESBJERG_KOMMUNE, second, signed, ole, parse("2004-03-29"));
        ledger.sign(ID, VINDROSEN, second, signed, erik, parse("2004-03-30"));
        ledger.observe(
                ID,
                facilitator,
                ObservedPhase.CLOSENESS,
                "Et år til underskriften; de to kender hinanden godt",
                parse("2004-04-20"));
        thePressRelease();
        ledger.send(new WithdrawPartner(
                ID,
                ESBJERG_KOMMUNE,
                "Projektets sidste fase slutter; aktiviteterne fortsætter i kommunens almindelige arbejde",
                parse("2006-09-29")));
    }

    /** The partners inform each other before the press; when that broke down they needed the mediator. */
    private void thePressRelease() {
        ledger.send(new RaiseConflict(
                ID,
                PRESS,
                new ConflictOpening(
                        VINDROSEN,
                        List.of(ESBJERG_KOMMUNE),
                        "En pressemeddelelse uden varsel",
                        "Kommunen fortalte pressen om det nye rådgivningstilbud uden først at sige det"
                                + " til Vindrosen",
                        ConflictCategory.COMMUNICATION),
                parse("2005-01-18")));
        ledger.observe(
                ID,
                facilitator,
                ObservedPhase.CONTROL,
                "Hvem der taler på partnerskabets vegne, er igen til strid",
                parse("2005-01-25"));
        ledger.send(new RecordConflictStep(
                ID,
                PRESS,
                "Drøftet i styregruppen; partnerne kunne ikke blive enige om, hvem der melder hvad ud",
                parse("2005-02-01")));
        // No mediator is appointed here: the one the agreement in force names steps in.
        ledger.send(new EscalateConflict(ID, PRESS, null, parse("2005-02-15")));
        ledger.send(new RecordMediationSession(
                ID,
                PRESS,
                "Begge partnere fortalte deres side; enige om at skrive en fælles presserutine",
                parse("2005-03-08")));
        ledger.send(new ResolveConflict(
                ID,
                PRESS,
                "En fælles presserutine: den partner, der bliver kontaktet, orienterer den anden samme dag, før der svares",
                all(VINDROSEN, ESBJERG_KOMMUNE),
                parse("2005-03-22")));
        ledger.observe(
                ID,
                facilitator,
                ObservedPhase.CLOSENESS,
                "Presserutinen holder; åben kommunikation igen",
                parse("2005-06-14"));
    }

    private Meeting steeringGroup(String... agenda) {
        return new Meeting(
                List.of(
                        attends(gitte, VINDROSEN),
                        attends(erik, VINDROSEN),
                        attends(ole, ESBJERG_KOMMUNE),
                        attends(naja, ESBJERG_KOMMUNE)),
                List.of(agenda),
                "");
    }

    private List<DemoLedger.Given> bothConsent() {
        return List.of(consent(VINDROSEN, gitte), consent(ESBJERG_KOMMUNE, ole));
    }

    /** The municipality's lawyer added the revision date and the fourth phase to the first draft. */
    private AgreementContent agreement(boolean reviewed) {
        List<Phase> phases = List.of(
                new Phase("Partnerskabsmodel og kortlægning", parse("2003-09-01"), parse("2003-12-31")),
                new Phase("Planlægning og høring af aktiviteter", parse("2004-01-01"), parse("2004-06-30")),
                new Phase("Udvikling og opstart af aktiviteter", parse("2004-08-01"), parse("2005-06-30")),
                new Phase("Forankring", parse("2005-08-01"), parse("2006-12-31")));
        return new AgreementContent(
                new Background(
                        "Grønlændere, der kommer til Esbjerg, møder byens kontorer og foreninger alene",
                        List.of(
                                new PartnerStrengths(VINDROSEN, "Frivillige, et hus åbent for alle, foreninger"),
                                new PartnerStrengths(ESBJERG_KOMMUNE, "Socialforvaltning, bolig, sprogkurser"))),
                new Goals(
                        List.of("Ét sted at gå til først", "Grønlandske foreninger tager del i byens liv"),
                        List.of("Besøgende i huset", "Frivillige med grønlandsk baggrund")),
                new ContentAndQuality("Et rådgivnings- og mødested i Vindrosen", "Åbent hver uge"),
                new Organisation(
                        "Lige rettigheder og lige indflydelse; hver partner bevarer sin selvstændighed",
                        List.of(
                                new Responsibility(VINDROSEN, "Huset og de frivillige"),
                                new Responsibility(ESBJERG_KOMMUNE, "Rådgivningstimer ved kommunen")),
                        new Governance("Cirka hver 3. måned", "Mindst en gang om måneden"),
                        new Information(
                                "Gennem arbejdsgruppen og styregruppen",
                                "Partnerne orienterer hinanden, før de udtaler sig til pressen")),
                new DialogueAndConflictHandling(
                        "Gensidig åbenhed og respekt; konflikter, partnerne ikke selv kan løse, går til mægleren",
                        new Mediator("Center for Frivilligt Socialt Arbejde", "", mediator)),
                new Plan(reviewed ? phases : phases.subList(0, 3)),
                new Budget("Hver partner finansierer sin egen del", false),
                new ChangesAndExit(
                        "Kun i enighed på styregruppemøderne",
                        "En partner kan træde ud med 3 måneders varsel",
                        Period.ofMonths(3)),
                "Frivillige, der stopper; kommunens omorganisering",
                new EvaluationAndAnchoring(
                        "En fælles evaluering efter hver fase",
                        List.of("Besøgende", "Frivillige", "Involverede foreninger"),
                        "Aktiviteter, der virker, fortsætter i partnernes almindelige arbejde"),
                new Term(parse("2004-03-29"), parse("2006-12-31")),
                reviewed ? parse("2004-09-29") : null,
                List.of());
    }
}
