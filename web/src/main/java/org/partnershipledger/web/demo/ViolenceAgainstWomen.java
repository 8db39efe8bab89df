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
                "Women subjected to violence get counselling and a way out, whichever door they knock on first",
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
                firstGroup("Who we are", "How we work together", "A written agreement"),
                new Put(
                        "Mødrehjælpen drafts the partnership agreement and writes the decision minutes",
                        FREDERIKSBERG_KOMMUNE,
                        null,
                        everyoneConsents()));
        ledger.observe(
                ID,
                facilitator,
                ObservedPhase.BELONGING,
                "Everyone is keen; much goodwill and a rosy mood",
                parse("2003-09-16"));
    }

    private void draftingAndSigning() {
        int first =
                ledger.propose(ID, ViolenceAgainstWomenAgreement.drafted(false), MOEDREHJAELPEN, parse("2003-10-06"));
        ledger.meeting(
                ID,
                MeetingKind.STEERING_GROUP,
                parse("2003-10-21"),
                firstGroup("Version " + first + " of the agreement", "Referrals from the police"),
                new Put(
                        "The police refer a woman to Mødrehjælpen within 24 hours of a call-out",
                        MOEDREHJAELPEN,
                        first,
                        List.of(
                                consent(MOEDREHJAELPEN, lone),
                                consent(FREDERIKSBERG_KOMMUNE, poul),
                                consent(ROEDOVRE_KOMMUNE, kirsten),
                                object(
                                        FREDERIKSBERG_POLITI,
                                        jens,
                                        "Only with the woman's written consent; we may not pass on her details"
                                                + " otherwise"),
                                consent(ROEDOVRE_HVIDOVRE_POLITI, henrik))));
        ledger.observe(
                ID,
                facilitator,
                ObservedPhase.CONTROL,
                "The referral question shows who takes which role; disagreement is voiced openly",
                parse("2003-10-22"));
        AgreementContent signed = ViolenceAgainstWomenAgreement.drafted(true);
        int second = ledger.propose(ID, signed, MOEDREHJAELPEN, parse("2003-11-10"));
        ledger.meeting(
                ID,
                MeetingKind.STEERING_GROUP,
                parse("2003-11-18"),
                firstGroup("Version " + second + ": referral only with written consent"),
                new Put(
                        "Version " + second + " goes to the partners for signing",
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
                "Signed; roles settled and the group protects its good mood",
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
                "Two new members; the group starts over with acceptance and roles",
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
                        List.of("Welcome to the new members", "A joint leaflet"),
                        "Rødovre Kommune sent apologies and will answer in writing."),
                new Put(
                        "A joint leaflet in five languages, handed out by the police at every call-out",
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
                        "Who pays for group courses",
                        "The municipality now refuses group courses it had agreed to pay for case by case",
                        ConflictCategory.AGREEMENT_READING),
                parse("2004-04-13")));
        ledger.send(new RecordConflictStep(
                ID,
                courses,
                "Read the financing section together; the municipality decides per case, on Mødrehjælpen's"
                        + " assessment",
                parse("2004-04-27")));
        ledger.send(new ResolveConflict(
                ID,
                courses,
                "The municipality decides within a week per case; Mødrehjælpen's assessment goes with the request",
                all(MOEDREHJAELPEN, FREDERIKSBERG_KOMMUNE),
                parse("2004-05-11")));
        ledger.observe(
                ID,
                facilitator,
                ObservedPhase.CONTROL,
                "The financing dispute was handled in the open; the new members found their roles",
                parse("2004-05-18"));
    }

    private void theSecondYear() {
        ledger.meeting(
                ID,
                MeetingKind.STEERING_GROUP,
                parse("2004-06-08"),
                secondGroup("Referrals so far", "Measurement points"),
                new Put(
                        "Referrals are counted every quarter on the four measurement points",
                        ROEDOVRE_KOMMUNE,
                        null,
                        List.of(
                                consent(MOEDREHJAELPEN, lone),
                                consent(FREDERIKSBERG_KOMMUNE, tina),
                                consent(ROEDOVRE_KOMMUNE, rasmus),
                                consent(FREDERIKSBERG_POLITI, jens),
                                consent(ROEDOVRE_HVIDOVRE_POLITI, bente))));
        ledger.observe(
                ID, facilitator, ObservedPhase.CLOSENESS, "Trust is back; open talk about cases", parse("2004-09-14"));
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
                        List.of("After the term", "Accession of Aarhus"),
                        "Rødovre/Hvidovre Politi could not attend; their answer is awaited."),
                new Put(
                        "The partnership continues after 31 December 2004 until the evaluation is discussed",
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
                "New police members; the group is assembling again",
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
                        List.of("The evaluation report on the four measurement points", "Research"),
                        "The report goes out by 31 March 2005."),
                new Put(
                        "Researchers may read our minutes and reasons, with every person pseudonymised",
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
