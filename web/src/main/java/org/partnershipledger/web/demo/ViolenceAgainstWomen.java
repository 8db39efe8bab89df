package org.partnershipledger.web.demo;

import static java.time.LocalDate.parse;
import static org.partnershipledger.web.demo.DemoLedger.all;
import static org.partnershipledger.web.demo.DemoLedger.attends;
import static org.partnershipledger.web.demo.DemoLedger.consent;
import static org.partnershipledger.web.demo.DemoLedger.object;

import java.util.List;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.agreement.AgreementContent;
import org.partnershipledger.core.conflict.ConflictCategory;
import org.partnershipledger.core.conflict.ConflictId;
import org.partnershipledger.core.conflict.ConflictOpening;
import org.partnershipledger.core.decision.MeetingKind;
import org.partnershipledger.core.decision.ProposalId;
import org.partnershipledger.core.decision.Stance;
import org.partnershipledger.core.decision.StanceGiven;
import org.partnershipledger.core.partnership.ComplexityLevel;
import org.partnershipledger.core.partnership.FormPartnership;
import org.partnershipledger.core.partnership.ObservedPhase;
import org.partnershipledger.core.partnership.OpenToResearch;
import org.partnershipledger.core.partnership.Partner;
import org.partnershipledger.core.partnership.PartnershipKind;
import org.partnershipledger.core.partnership.RaiseConflict;
import org.partnershipledger.core.partnership.RecordConflictStep;
import org.partnershipledger.core.partnership.RecordStance;
import org.partnershipledger.core.partnership.ReplaceRepresentative;
import org.partnershipledger.core.partnership.ResolveConflict;
import org.partnershipledger.core.partnership.Role;
import org.partnershipledger.core.partnership.Sector;
import org.partnershipledger.core.partnership.WitnessCheckpoint;
import org.partnershipledger.core.store.ChainVerification;
import org.partnershipledger.query.verification.PartnershipVerification;
import org.partnershipledger.web.demo.DemoLedger.Meeting;
import org.partnershipledger.web.demo.DemoLedger.Put;

/**
 * Violence against women (DOMAIN.md): Mødrehjælpen with two municipalities and two police districts,
 * first meeting August 2003, signed December 2003. The municipalities' representatives were replaced by
 * middle managers after signing and the police replaced both members after about a year and a half; each
 * time the group started over, which the facilitator's observations show.
 */
final class ViolenceAgainstWomen {

    static final PartnershipId ID = new PartnershipId("vold-mod-kvinder");
    static final PartnerId MOEDREHJAELPEN = new PartnerId("vmk-moedrehjaelpen");
    static final PartnerId FREDERIKSBERG_KOMMUNE = new PartnerId("vmk-frederiksberg-kommune");
    static final PartnerId ROEDOVRE_KOMMUNE = new PartnerId("vmk-roedovre-kommune");
    static final PartnerId FREDERIKSBERG_POLITI = new PartnerId("vmk-frederiksberg-politi");
    static final PartnerId ROEDOVRE_HVIDOVRE_POLITI = new PartnerId("vmk-roedovre-hvidovre-politi");

    private final DemoLedger ledger;
    private final PersonId facilitator;
    private final PersonId lone;
    private final PersonId maja;
    private final PersonId poul;
    private final PersonId tina;
    private final PersonId kirsten;
    private final PersonId rasmus;
    private final PersonId jens;
    private final PersonId dorthe;
    private final PersonId henrik;
    private final PersonId bente;
    private final PersonId anders;
    private final PersonId mette;

    ViolenceAgainstWomen(DemoLedger ledger, PersonId facilitator) {
        this.ledger = ledger;
        this.facilitator = facilitator;
        String in = " in Vold mod kvinder";
        lone = ledger.person("lone-kjaer", "Mødrehjælpen's lead, secretary and signatory" + in);
        maja = ledger.person("maja-vinther", "Mødrehjælpen's counsellor in the steering group" + in);
        poul = ledger.person("poul-hedegaard", "Frederiksberg Kommune until February 2004" + in);
        tina = ledger.person("tina-bro", "Frederiksberg Kommune's middle manager from February 2004" + in);
        kirsten = ledger.person("kirsten-dahl", "Rødovre Kommune until February 2004" + in);
        rasmus = ledger.person("rasmus-friis", "Rødovre Kommune's middle manager from February 2004" + in);
        jens = ledger.person("jens-mikkelsen", "Frederiksberg Politi until February 2005" + in);
        dorthe = ledger.person("dorthe-lassen", "Frederiksberg Politi from February 2005" + in);
        henrik = ledger.person("henrik-norup", "Rødovre/Hvidovre Politi until February 2005" + in);
        bente = ledger.person("bente-skov", "Rødovre/Hvidovre Politi until February 2005" + in);
        anders = ledger.person("anders-krogh", "Rødovre/Hvidovre Politi from February 2005" + in);
        mette = ledger.person("mette-lind", "Rødovre/Hvidovre Politi from February 2005" + in);
    }

    void unfold() {
        gettingTogether();
        draftingAndSigning();
        newMembersAfterSigning();
        theSecondYear();
    }

    private void gettingTogether() {
        ledger.send(new FormPartnership(
                ID,
                "Vold mod kvinder",
                "Kvinder udsat for vold får rådgivning og en vej ud, uanset hvilken dør de banker på først",
                parse("2003-08-19"),
                List.of(
                        new Partner(MOEDREHJAELPEN, "Mødrehjælpen", Sector.VOLUNTARY),
                        new Partner(FREDERIKSBERG_KOMMUNE, "Frederiksberg Kommune", Sector.PUBLIC),
                        new Partner(ROEDOVRE_KOMMUNE, "Rødovre Kommune", Sector.PUBLIC),
                        new Partner(FREDERIKSBERG_POLITI, "Frederiksberg Politi", Sector.PUBLIC),
                        new Partner(ROEDOVRE_HVIDOVRE_POLITI, "Rødovre/Hvidovre Politi", Sector.PUBLIC)),
                ComplexityLevel.MEDIUM,
                PartnershipKind.NETWORK_BASED));
        var on = parse("2003-08-19");
        ledger.appoint(ID, lone, MOEDREHJAELPEN, on, Role.LEAD, Role.SECRETARY, Role.STEERING_GROUP, Role.SIGNATORY);
        ledger.appoint(ID, maja, MOEDREHJAELPEN, on, Role.STEERING_GROUP, Role.WORKING_GROUP);
        ledger.appoint(ID, poul, FREDERIKSBERG_KOMMUNE, on, Role.STEERING_GROUP, Role.SIGNATORY);
        ledger.appoint(ID, kirsten, ROEDOVRE_KOMMUNE, on, Role.STEERING_GROUP, Role.SIGNATORY);
        ledger.appoint(ID, jens, FREDERIKSBERG_POLITI, on, Role.STEERING_GROUP, Role.SIGNATORY);
        ledger.appoint(ID, henrik, ROEDOVRE_HVIDOVRE_POLITI, on, Role.STEERING_GROUP, Role.SIGNATORY);
        ledger.appoint(ID, bente, ROEDOVRE_HVIDOVRE_POLITI, on, Role.STEERING_GROUP);
        ledger.meeting(
                ID,
                MeetingKind.STEERING_GROUP,
                on,
                firstGroup("Hvem vi er", "Hvordan vi arbejder sammen", "En skriftlig aftale"),
                new Put(
                        "Mødrehjælpen skriver udkastet til partnerskabsaftalen og skriver beslutningsreferaterne",
                        FREDERIKSBERG_KOMMUNE,
                        null,
                        everyoneConsents()));
        ledger.observe(
                ID,
                facilitator,
                ObservedPhase.BELONGING,
                "Alle er ivrige; megen velvilje og en rosenrød stemning",
                parse("2003-09-16"));
    }

    private void draftingAndSigning() {
        int first =
                ledger.propose(ID, ViolenceAgainstWomenAgreement.drafted(false), MOEDREHJAELPEN, parse("2003-10-06"));
        ledger.meeting(
                ID,
                MeetingKind.STEERING_GROUP,
                parse("2003-10-21"),
                firstGroup("Version " + first + " af aftalen", "Henvisninger fra politiet"),
                new Put(
                        "Politiet henviser en kvinde til Mødrehjælpen inden for 24 timer efter en udrykning",
                        MOEDREHJAELPEN,
                        first,
                        List.of(
                                consent(MOEDREHJAELPEN, lone),
                                consent(FREDERIKSBERG_KOMMUNE, poul),
                                consent(ROEDOVRE_KOMMUNE, kirsten),
                                object(
                                        FREDERIKSBERG_POLITI,
                                        jens,
                                        "Kun med kvindens skriftlige samtykke; ellers må vi ikke give hendes oplysninger"
                                                + " videre"),
                                consent(ROEDOVRE_HVIDOVRE_POLITI, henrik))));
        ledger.observe(
                ID,
                facilitator,
                ObservedPhase.CONTROL,
                "Spørgsmålet om henvisning viser, hvem der tager hvilken rolle; uenighed siges åbent",
                parse("2003-10-22"));
        AgreementContent signed = ViolenceAgainstWomenAgreement.drafted(true);
        int second = ledger.propose(ID, signed, MOEDREHJAELPEN, parse("2003-11-10"));
        ledger.meeting(
                ID,
                MeetingKind.STEERING_GROUP,
                parse("2003-11-18"),
                firstGroup("Version " + second + ": henvisning kun med skriftligt samtykke"),
                new Put(
                        "Version " + second + " sendes til partnerne til underskrift",
                        MOEDREHJAELPEN,
                        second,
                        everyoneConsents()));
        ledger.sign(ID, MOEDREHJAELPEN, second, signed, lone, parse("2003-12-01"));
        ledger.sign(ID, FREDERIKSBERG_POLITI, second, signed, jens, parse("2003-12-03"));
        ledger.sign(ID, ROEDOVRE_HVIDOVRE_POLITI, second, signed, henrik, parse("2003-12-03"));
        ledger.sign(ID, FREDERIKSBERG_KOMMUNE, second, signed, poul, parse("2003-12-08"));
        ledger.sign(ID, ROEDOVRE_KOMMUNE, second, signed, kirsten, parse("2003-12-10"));
        ledger.observe(
                ID,
                facilitator,
                ObservedPhase.CLOSENESS,
                "Underskrevet; rollerne er på plads, og gruppen værner om den gode stemning",
                parse("2004-01-13"));
    }

    /** After signing, the municipalities handed the work to middle managers, who had not been part of it. */
    private void newMembersAfterSigning() {
        ledger.send(new ReplaceRepresentative(ID, poul, tina, parse("2004-02-02")));
        ledger.send(new ReplaceRepresentative(ID, kirsten, rasmus, parse("2004-02-02")));
        ledger.observe(
                ID,
                facilitator,
                ObservedPhase.BELONGING,
                "To nye medlemmer; gruppen begynder forfra med accept og roller",
                parse("2004-02-24"));
        List<ProposalId> leaflet = ledger.meeting(
                ID,
                MeetingKind.STEERING_GROUP,
                parse("2004-03-09"),
                new Meeting(
                        List.of(
                                attends(lone, MOEDREHJAELPEN),
                                attends(tina, FREDERIKSBERG_KOMMUNE),
                                attends(jens, FREDERIKSBERG_POLITI),
                                attends(henrik, ROEDOVRE_HVIDOVRE_POLITI)),
                        List.of("Velkommen til de nye medlemmer", "En fælles folder"),
                        "Rødovre Kommune havde meldt afbud og svarer skriftligt."),
                new Put(
                        "En fælles folder på fem sprog, som politiet giver ved hver udrykning",
                        MOEDREHJAELPEN,
                        null,
                        List.of(
                                consent(MOEDREHJAELPEN, lone),
                                consent(FREDERIKSBERG_KOMMUNE, tina),
                                consent(FREDERIKSBERG_POLITI, jens),
                                consent(ROEDOVRE_HVIDOVRE_POLITI, henrik))));
        ledger.send(new RecordStance(
                ID,
                leaflet.get(0),
                new StanceGiven(ROEDOVRE_KOMMUNE, Stance.CONSENT, rasmus, "", parse("2004-03-16"))));
        theGroupCourses();
    }

    /** The new manager read the agreement's financing differently from the one who had signed it. */
    private void theGroupCourses() {
        ConflictId courses = new ConflictId("vmk-group-courses");
        ledger.send(new RaiseConflict(
                ID,
                courses,
                new ConflictOpening(
                        MOEDREHJAELPEN,
                        List.of(FREDERIKSBERG_KOMMUNE),
                        "Hvem betaler for gruppeforløb",
                        "Kommunen afviser nu gruppeforløb, som den havde sagt ja til at betale sag for sag",
                        ConflictCategory.AGREEMENT_READING),
                parse("2004-04-13")));
        ledger.send(new RecordConflictStep(
                ID,
                courses,
                "Læs afsnittet om finansiering sammen; kommunen beslutter sag for sag ud fra Mødrehjælpens"
                        + " vurdering",
                parse("2004-04-27")));
        ledger.send(new ResolveConflict(
                ID,
                courses,
                "Kommunen beslutter inden for en uge i hver sag; Mødrehjælpens vurdering følger med anmodningen",
                all(MOEDREHJAELPEN, FREDERIKSBERG_KOMMUNE),
                parse("2004-05-11")));
        ledger.observe(
                ID,
                facilitator,
                ObservedPhase.CONTROL,
                "Striden om finansieringen blev taget åbent; de nye medlemmer fandt deres roller",
                parse("2004-05-18"));
    }

    private void theSecondYear() {
        ledger.meeting(
                ID,
                MeetingKind.STEERING_GROUP,
                parse("2004-06-08"),
                secondGroup("Henvisninger indtil nu", "Målepunkter"),
                new Put(
                        "Henvisningerne tælles hvert kvartal på de fire målepunkter",
                        ROEDOVRE_KOMMUNE,
                        null,
                        List.of(
                                consent(MOEDREHJAELPEN, lone),
                                consent(FREDERIKSBERG_KOMMUNE, tina),
                                consent(ROEDOVRE_KOMMUNE, rasmus),
                                consent(FREDERIKSBERG_POLITI, jens),
                                consent(ROEDOVRE_HVIDOVRE_POLITI, bente))));
        ledger.observe(
                ID,
                facilitator,
                ObservedPhase.CLOSENESS,
                "Tilliden er tilbage; åben snak om sagerne",
                parse("2004-09-14"));
        ledger.meeting(
                ID,
                MeetingKind.STEERING_GROUP,
                parse("2004-11-23"),
                new Meeting(
                        List.of(
                                attends(lone, MOEDREHJAELPEN),
                                attends(tina, FREDERIKSBERG_KOMMUNE),
                                attends(rasmus, ROEDOVRE_KOMMUNE),
                                attends(jens, FREDERIKSBERG_POLITI)),
                        List.of("Efter aftaleperioden", "Aarhus' tiltrædelse"),
                        "Rødovre/Hvidovre Politi kunne ikke komme; deres svar afventes."),
                new Put(
                        "Partnerskabet fortsætter efter 31. december 2004, indtil evalueringen er drøftet",
                        MOEDREHJAELPEN,
                        2,
                        List.of(
                                consent(MOEDREHJAELPEN, lone),
                                consent(FREDERIKSBERG_KOMMUNE, tina),
                                consent(ROEDOVRE_KOMMUNE, rasmus),
                                consent(FREDERIKSBERG_POLITI, jens))));
        ledger.send(new ReplaceRepresentative(ID, jens, dorthe, parse("2005-02-14")));
        ledger.send(new ReplaceRepresentative(ID, henrik, anders, parse("2005-02-14")));
        ledger.send(new ReplaceRepresentative(ID, bente, mette, parse("2005-02-14")));
        ledger.observe(
                ID,
                facilitator,
                ObservedPhase.BELONGING,
                "Nye medlemmer fra politiet; gruppen samler sig igen",
                parse("2005-03-01"));
        var evaluated = parse("2005-03-29");
        List<ProposalId> research = ledger.meeting(
                ID,
                MeetingKind.EVALUATION,
                evaluated,
                new Meeting(
                        List.of(
                                attends(lone, MOEDREHJAELPEN),
                                attends(tina, FREDERIKSBERG_KOMMUNE),
                                attends(rasmus, ROEDOVRE_KOMMUNE),
                                attends(dorthe, FREDERIKSBERG_POLITI),
                                attends(anders, ROEDOVRE_HVIDOVRE_POLITI)),
                        List.of("Evalueringsrapporten om de fire målepunkter", "Forskning"),
                        "Rapporten sendes ud senest 31. marts 2005."),
                new Put(
                        "Forskere må læse vores referater og begrundelser, med alle personer pseudonymiseret",
                        MOEDREHJAELPEN,
                        null,
                        List.of(
                                consent(MOEDREHJAELPEN, lone),
                                consent(FREDERIKSBERG_KOMMUNE, tina),
                                consent(ROEDOVRE_KOMMUNE, rasmus),
                                consent(FREDERIKSBERG_POLITI, dorthe),
                                consent(ROEDOVRE_HVIDOVRE_POLITI, anders))));
        // Opening the free text to researchers is itself a decision in agreement.
        ledger.send(new OpenToResearch(ID, research.get(0), evaluated));
    }

    /**
     * The partners sign off the history as it stands after the evaluation, so nobody can rewrite it
     * unnoticed; each through the representative it has then.
     */
    void witnessTheHistory(PartnershipVerification verification) {
        ChainVerification.Report chain = verification.verify(ID.value()).chain();
        var on = parse("2005-04-05");
        for (var witness : List.of(
                new WitnessCheckpoint(ID, MOEDREHJAELPEN, lone, chain.headHash(), chain.eventCount(), on),
                new WitnessCheckpoint(ID, FREDERIKSBERG_KOMMUNE, tina, chain.headHash(), chain.eventCount(), on),
                new WitnessCheckpoint(ID, ROEDOVRE_KOMMUNE, rasmus, chain.headHash(), chain.eventCount(), on),
                new WitnessCheckpoint(ID, FREDERIKSBERG_POLITI, dorthe, chain.headHash(), chain.eventCount(), on),
                new WitnessCheckpoint(
                        ID, ROEDOVRE_HVIDOVRE_POLITI, anders, chain.headHash(), chain.eventCount(), on))) {
            ledger.send(witness);
        }
    }

    private Meeting firstGroup(String... agenda) {
        return new Meeting(
                List.of(
                        attends(lone, MOEDREHJAELPEN),
                        attends(maja, MOEDREHJAELPEN),
                        attends(poul, FREDERIKSBERG_KOMMUNE),
                        attends(kirsten, ROEDOVRE_KOMMUNE),
                        attends(jens, FREDERIKSBERG_POLITI),
                        attends(henrik, ROEDOVRE_HVIDOVRE_POLITI)),
                List.of(agenda),
                "");
    }

    private Meeting secondGroup(String... agenda) {
        return new Meeting(
                List.of(
                        attends(lone, MOEDREHJAELPEN),
                        attends(tina, FREDERIKSBERG_KOMMUNE),
                        attends(rasmus, ROEDOVRE_KOMMUNE),
                        attends(jens, FREDERIKSBERG_POLITI),
                        attends(bente, ROEDOVRE_HVIDOVRE_POLITI)),
                List.of(agenda),
                "");
    }

    private List<DemoLedger.Given> everyoneConsents() {
        return List.of(
                consent(MOEDREHJAELPEN, lone),
                consent(FREDERIKSBERG_KOMMUNE, poul),
                consent(ROEDOVRE_KOMMUNE, kirsten),
                consent(FREDERIKSBERG_POLITI, jens),
                consent(ROEDOVRE_HVIDOVRE_POLITI, henrik));
    }
}
