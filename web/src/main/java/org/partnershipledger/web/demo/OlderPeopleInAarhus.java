package org.partnershipledger.web.demo;

import static java.time.LocalDate.parse;
import static org.partnershipledger.web.demo.DemoLedger.abstain;
import static org.partnershipledger.web.demo.DemoLedger.attends;
import static org.partnershipledger.web.demo.DemoLedger.consent;
import static org.partnershipledger.web.demo.DemoLedger.object;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.RuleViolation;
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
import org.partnershipledger.core.decision.Attendee;
import org.partnershipledger.core.decision.MeetingKind;
import org.partnershipledger.core.diary.Visibility;
import org.partnershipledger.core.partnership.ComplexityLevel;
import org.partnershipledger.core.partnership.FormPartnership;
import org.partnershipledger.core.partnership.ObservedPhase;
import org.partnershipledger.core.partnership.Partner;
import org.partnershipledger.core.partnership.PartnershipKind;
import org.partnershipledger.core.partnership.Role;
import org.partnershipledger.core.partnership.Sector;
import org.partnershipledger.core.partnership.WithdrawPartner;
import org.partnershipledger.web.demo.DemoLedger.Meeting;
import org.partnershipledger.web.demo.DemoLedger.Put;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Older people's well-being in Aarhus (DOMAIN.md): Ældremobiliseringen and Århus Kommune, first met in
 * January 2003 with a sports organisation that withdrew the month after. Drafts went back and forth for
 * five months; Ældremobiliseringen signed a version it had not seen, which the ledger refuses: a
 * signature names the hash of the text read. It then read the latest version and signed that.
 */
final class OlderPeopleInAarhus {

    static final PartnershipId ID = new PartnershipId("aeldres-trivsel-i-aarhus");
    static final PartnerId AELDREMOBILISERINGEN = new PartnerId("ata-aeldremobiliseringen");
    static final PartnerId AARHUS_KOMMUNE = new PartnerId("ata-aarhus-kommune");
    static final PartnerId IDRAETSORGANISATIONEN = new PartnerId("ata-idraetsorganisationen");

    private static final Logger log = LoggerFactory.getLogger(OlderPeopleInAarhus.class);

    private final DemoLedger ledger;
    private final PersonId facilitator;
    private final PersonId karen;
    private final PersonId johannes;
    private final PersonId inger;
    private final PersonId peter;
    private final PersonId torben;
    private final PersonId council;

    OlderPeopleInAarhus(DemoLedger ledger, PersonId facilitator) {
        this.ledger = ledger;
        this.facilitator = facilitator;
        String in = " in Ældres trivsel i Aarhus";
        karen = ledger.person("karen-soerensen", "Ældremobiliseringen's local consultant and lead" + in);
        johannes = ledger.person("johannes-vestergaard", "Ældremobiliseringen's chairman and signatory" + in);
        inger = ledger.person("inger-holst", "Århus Kommune's coordinator and secretary" + in);
        peter = ledger.person("peter-lauridsen", "Århus Kommune's alderman for health and signatory" + in);
        torben = ledger.person("torben-hald", "the sports organisation's consultant until February 2003" + in);
        council = ledger.guest("svend-munk"); // of the local senior citizens' council
    }

    void unfold() {
        theSportsOrganisationLeaves();
        draftAfterDraft();
    }

    private void theSportsOrganisationLeaves() {
        var formed = parse("2003-01-14");
        ledger.send(new FormPartnership(
                ID,
                "Ældres trivsel i Aarhus",
                "Liv og aktivitet for ældre, hvor de bor, bestemt af de ældre selv",
                formed,
                List.of(
                        new Partner(AELDREMOBILISERINGEN, "Ældremobiliseringen", Sector.VOLUNTARY),
                        new Partner(AARHUS_KOMMUNE, "Århus Kommune", Sector.PUBLIC),
                        new Partner(IDRAETSORGANISATIONEN, "Idrætsorganisationen", Sector.VOLUNTARY)),
                ComplexityLevel.MEDIUM,
                PartnershipKind.NETWORK_BASED));
        ledger.appoint(ID, karen, AELDREMOBILISERINGEN, formed, Role.LEAD, Role.STEERING_GROUP);
        ledger.appoint(ID, johannes, AELDREMOBILISERINGEN, formed, Role.STEERING_GROUP, Role.SIGNATORY);
        ledger.appoint(ID, inger, AARHUS_KOMMUNE, formed, Role.SECRETARY, Role.STEERING_GROUP);
        ledger.appoint(ID, peter, AARHUS_KOMMUNE, formed, Role.SIGNATORY);
        ledger.appoint(ID, torben, IDRAETSORGANISATIONEN, formed, Role.STEERING_GROUP);
        ledger.meeting(
                ID,
                MeetingKind.STEERING_GROUP,
                formed,
                new Meeting(
                        List.of(
                                attends(karen, AELDREMOBILISERINGEN),
                                attends(inger, AARHUS_KOMMUNE),
                                attends(torben, IDRAETSORGANISATIONEN)),
                        List.of("Den fælles ansøgning", "Idræt eller sociale aktiviteter først"),
                        "Endnu intet fælles billede af indhold og rammer."),
                new Put(
                        "Idrætsaktiviteter for ældre er projektets kerne",
                        IDRAETSORGANISATIONEN,
                        null,
                        List.of(
                                abstain(AELDREMOBILISERINGEN, karen, "Idræt kan være en del af det, ikke det hele"),
                                object(AARHUS_KOMMUNE, inger, "Vores interesse er de tavse ældre, ikke idræt"),
                                consent(IDRAETSORGANISATIONEN, torben))));
        ledger.send(
                new WithdrawPartner(ID, IDRAETSORGANISATIONEN, "Fokus blev for snævert for os", parse("2003-02-11")));
        ledger.observe(
                ID,
                facilitator,
                ObservedPhase.BELONGING,
                "To partnere tilbage; de er enige om de tavse ældre som fokus",
                parse("2003-02-25"));
    }

    private void draftAfterDraft() {
        AgreementContent first = agreement("Ældremobiliseringens udkast", null);
        AgreementContent second = agreement("Med kommunens bemærkninger", null);
        AgreementContent third = agreement("Med det lokale ældreråd", null);
        AgreementContent fourth = agreement("Med kommunens jurists ændringer", "Rådmandens godkendelse");
        ledger.propose(ID, first, AELDREMOBILISERINGEN, parse("2003-06-16"));
        ledger.propose(ID, second, AARHUS_KOMMUNE, parse("2003-08-25"));
        ledger.diary(
                ID,
                karen,
                parse("2003-09-02"),
                Visibility.PRIVATE,
                "Udkastene flyver frem og tilbage på mail; svært at finde en dato at mødes.");
        int seen = ledger.propose(ID, third, AELDREMOBILISERINGEN, parse("2003-10-06"));
        int latest = ledger.propose(ID, fourth, AARHUS_KOMMUNE, parse("2003-11-24"));
        signingUnseen(latest, third, parse("2003-12-02"));
        ledger.diary(
                ID,
                karen,
                parse("2003-12-03"),
                Visibility.SHARED,
                "Vi havde ikke set version " + latest
                        + ", da vores formand skrev under; nu har vi læst den, og den er i orden.");
        ledger.sign(ID, AELDREMOBILISERINGEN, latest, fourth, johannes, parse("2003-12-04"));
        ledger.sign(ID, AARHUS_KOMMUNE, latest, fourth, peter, parse("2003-12-04"));
        ledger.observe(
                ID,
                facilitator,
                ObservedPhase.CONTROL,
                "Efter misforståelsen er rollerne klare; kommunens jurist har en stemme, partnerne beslutter"
                        + " (version " + seen + " var den sidste, begge havde læst)",
                parse("2003-12-10"));
        monthlySteeringGroup(parse("2004-01-13"), "Lokalcentrene til at begynde med");
        monthlySteeringGroup(parse("2004-02-10"), "Et dialogmøde med de tavse ældre i hvert område");
        ledger.observe(ID, facilitator, ObservedPhase.CLOSENESS, "Månedlige møder i god stemning", parse("2004-03-09"));
    }

    /**
     * The communication breakdown of the field report: the chairman signs the latest version while holding
     * the text of the one before. The ledger refuses the signature and records nothing.
     */
    private void signingUnseen(int latest, AgreementContent read, LocalDate on) {
        try {
            ledger.sign(ID, AELDREMOBILISERINGEN, latest, read, johannes, on);
            throw new IllegalStateException("The ledger accepted a signature on a version the signer had not seen");
        } catch (RuleViolation refused) {
            log.info(
                    "Demo: the ledger refused Ældremobiliseringen's signature on version {}, a text it had not"
                            + " seen ({}: {})",
                    latest,
                    refused.rule(),
                    refused.getMessage());
        }
    }

    private void monthlySteeringGroup(LocalDate on, String proposal) {
        ledger.meeting(
                ID,
                MeetingKind.STEERING_GROUP,
                on,
                new Meeting(
                        List.of(
                                attends(karen, AELDREMOBILISERINGEN),
                                attends(johannes, AELDREMOBILISERINGEN),
                                attends(inger, AARHUS_KOMMUNE),
                                Attendee.guest(council)),
                        List.of(proposal),
                        ""),
                new Put(
                        proposal,
                        AELDREMOBILISERINGEN,
                        null,
                        List.of(consent(AELDREMOBILISERINGEN, karen), consent(AARHUS_KOMMUNE, inger))));
    }

    private static AgreementContent agreement(String draft, String risk) {
        return new AgreementContent(
                new Background(
                        "Mange ældre deltager ikke i noget uden for hjemmet, men ønsker et socialt netværk (" + draft
                                + ")",
                        List.of(
                                new PartnerStrengths(AELDREMOBILISERINGEN, "Frivillige og empowerment-metoden"),
                                new PartnerStrengths(AARHUS_KOMMUNE, "Dag- og lokalcentre, en civilsamfundsstrategi"))),
                new Goals(
                        List.of("Inddrage de tavse ældre i en dialog om deres egen hverdag"),
                        List.of("Ældre, der deltager", "Aktiviteter startet af de ældre selv")),
                new ContentAndQuality(
                        "Lokale aktiviteter, som de ældre selv beslutter", "Intet besluttet for dem på forhånd"),
                new Organisation(
                        "Lige rettigheder; hver partner bevarer sin selvstændighed",
                        List.of(
                                new Responsibility(AELDREMOBILISERINGEN, "Frivillige og metode"),
                                new Responsibility(AARHUS_KOMMUNE, "Administrative og fysiske rammer")),
                        new Governance(
                                "Månedligt, to medlemmer fra hver partner og det lokale ældreråd", "Efter behov"),
                        new Information(
                                "Referat efter hvert møde",
                                "Partnerne orienterer hinanden, før de udtaler sig til pressen")),
                new DialogueAndConflictHandling("Uenigheder afgøres i styregruppen", null),
                new Plan(List.of(new Phase("Lokale aktiviteter", parse("2003-12-04"), parse("2005-12-03")))),
                new Budget("Hver partner finansierer sin egen del", false),
                new ChangesAndExit(
                        "Kun i enighed i styregruppen",
                        "Hver partner kan opsige den med 3 måneders varsel",
                        Period.ofMonths(3)),
                risk == null ? "" : risk,
                new EvaluationAndAnchoring(
                        "En fælles evaluering efter to år",
                        List.of("Deltagere", "Aktiviteter"),
                        "Lokalcentrene fører det videre"),
                new Term(parse("2003-12-04"), parse("2005-12-03")),
                null,
                List.of());
    }
}
