package org.partnershipledger.web.demo;

import static java.time.LocalDate.parse;
import static org.partnershipledger.web.demo.DemoLedger.attends;
import static org.partnershipledger.web.demo.DemoLedger.consent;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.RuleViolation;
import org.partnershipledger.core.decision.MeetingKind;
import org.partnershipledger.core.diary.DiaryEntryId;
import org.partnershipledger.core.diary.Visibility;
import org.partnershipledger.core.partnership.ChangeDiaryEntryVisibility;
import org.partnershipledger.core.partnership.ObservedPhase;
import org.partnershipledger.core.programme.DeclareTreatmentRelationship;
import org.partnershipledger.core.programme.MatchPair;
import org.partnershipledger.core.programme.PairId;
import org.partnershipledger.core.programme.ProgrammeId;
import org.partnershipledger.core.programme.ProgrammeMeetingKind;
import org.partnershipledger.core.programme.RecordProgrammeMeeting;
import org.partnershipledger.core.programme.StartProgramme;
import org.partnershipledger.web.demo.DemoLedger.Meeting;
import org.partnershipledger.web.demo.DemoLedger.Put;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One equal-partnership programme (DOMAIN.md): a facilitator matches four experience experts with four
 * strategic leaders for about two months. One proposed match is refused because the two are close in a
 * course of treatment. Each pair meets two or three times and each partner keeps a diary.
 */
final class EqualPartnershipProgramme {

    static final ProgrammeId ID = new ProgrammeId("ligevaerdige-partnerskaber-2019");

    private static final Logger log = LoggerFactory.getLogger(EqualPartnershipProgramme.class);
    private static final Duration PAIR_FORMING = Duration.ofSeconds(60);

    /** An experience expert and a strategic leader, and the partnership they become. */
    record Pair(PairId id, PersonId expert, PersonId leader) {

        PartnershipId partnership() {
            return partnershipOf(id);
        }

        PartnerId expertPartner() {
            return new PartnerId(id.value() + "-expert");
        }

        PartnerId leaderPartner() {
            return new PartnerId(id.value() + "-leader");
        }
    }

    private final DemoLedger ledger;
    private final EventStore events;
    private final PersonId facilitator;
    private final List<Pair> pairs = new ArrayList<>();

    EqualPartnershipProgramme(DemoLedger ledger, EventStore events, PersonId facilitator) {
        this.ledger = ledger;
        this.events = events;
        this.facilitator = facilitator;
        String expert = "experience expert in Ligeværdige partnerskaber 2019";
        String leader = "strategic leader in Ligeværdige partnerskaber 2019";
        for (String[] pair : new String[][] {
            {"anna-mortensen", "eva-winther"},
            {"bo-jessen", "frank-hviid"},
            {"camilla-riis", "gry-thygesen"},
            {"dennis-aagaard", "hans-kjeldsen"}
        }) {
            pairs.add(new Pair(
                    new PairId("par-" + (pairs.size() + 1)),
                    ledger.person(pair[0], expert),
                    ledger.person(pair[1], leader)));
        }
    }

    static PartnershipId partnershipOf(PairId pair) {
        return new PartnershipId("ligevaerdige-2019-" + pair.value());
    }

    List<Pair> pairs() {
        return List.copyOf(pairs);
    }

    void unfold() {
        ledger.send(new StartProgramme(
                ID, "Ligeværdige partnerskaber, forår 2019", facilitator, parse("2019-03-04"), parse("2019-05-31")));
        startUp();
        for (Pair pair : pairs) {
            awaitFormed(pair.partnership());
        }
        meetings();
        List<PersonId> everyone = new ArrayList<>(List.of(facilitator));
        pairs.forEach(pair -> everyone.addAll(List.of(pair.expert(), pair.leader())));
        ledger.send(
                new RecordProgrammeMeeting(ID, ProgrammeMeetingKind.WRAP_UP_EVALUATION, parse("2019-05-28"), everyone));
    }

    /** Bo is a patient in Eva's department: the facilitator may not pair them, and the ledger says so. */
    private void startUp() {
        Pair first = pairs.get(0);
        Pair second = pairs.get(1);
        ledger.send(new DeclareTreatmentRelationship(ID, second.expert(), first.leader(), parse("2019-03-06")));
        LocalDate matchedOn = parse("2019-03-11");
        try {
            ledger.send(new MatchPair(
                    ID,
                    new PairId("par-0"),
                    second.expert(),
                    first.leader(),
                    partnershipOf(new PairId("par-0")),
                    matchedOn));
            throw new IllegalStateException("The ledger paired two people close in a course of treatment");
        } catch (RuleViolation refused) {
            log.info("Demo: the ledger refused a match of two people close in treatment ({})", refused.rule());
        }
        for (Pair pair : pairs) {
            ledger.send(new MatchPair(ID, pair.id(), pair.expert(), pair.leader(), pair.partnership(), matchedOn));
        }
        List<PersonId> everyone = new ArrayList<>(List.of(facilitator));
        pairs.forEach(pair -> everyone.addAll(List.of(pair.expert(), pair.leader())));
        ledger.send(new RecordProgrammeMeeting(ID, ProgrammeMeetingKind.KICK_OFF, parse("2019-03-18"), everyone));
    }

    private void meetings() {
        String[][] plans = {
            {"Vi følger hinanden på arbejde", "En dag i ambulatoriet", "Besøg i patientforeningen"},
            {"En gåtur ved søen", "Bo viser, hvordan et venteværelse føles"},
            {"Kaffe og hvad vi hver især vil have ud af det her", "Gry løber med i Camillas løbeklub", "Et blik tilbage"
            },
            {"Museumsbesøg", "Dennis sidder med på et ledermøde"}
        };
        for (int i = 0; i < pairs.size(); i++) {
            Pair pair = pairs.get(i);
            LocalDate on = parse("2019-03-28").plusDays(i);
            for (String plan : plans[i]) {
                meet(pair, on, plan);
                on = on.plusWeeks(3);
            }
            diaries(pair, i);
        }
        ledger.observe(
                pairs.get(2).partnership(),
                facilitator,
                ObservedPhase.CLOSENESS,
                "De kontaktede mig kun for at sige, at det går godt",
                parse("2019-05-02"));
    }

    private void meet(Pair pair, LocalDate on, String plan) {
        ledger.meeting(
                pair.partnership(),
                MeetingKind.PAIR_MEETING,
                on,
                new Meeting(
                        List.of(
                                attends(pair.expert(), pair.expertPartner()),
                                attends(pair.leader(), pair.leaderPartner())),
                        List.of(plan),
                        ""),
                new Put(
                        "Næste gang: " + plan,
                        pair.expertPartner(),
                        null,
                        List.of(
                                consent(pair.expertPartner(), pair.expert()),
                                consent(pair.leaderPartner(), pair.leader()))));
    }

    /** Diaries are private until their author shares an entry; some do, some share later, some never. */
    private void diaries(Pair pair, int index) {
        LocalDate on = parse("2019-03-29").plusDays(index);
        ledger.diary(
                pair.partnership(),
                pair.expert(),
                on,
                Visibility.SHARED,
                "Det var underligt i starten at være den, der ved noget, lederen ikke ved.");
        DiaryEntryId leaders = ledger.diary(
                pair.partnership(),
                pair.leader(),
                on,
                Visibility.PRIVATE,
                "Jeg havde regnet med at lytte; jeg endte med at få de svære spørgsmål.");
        ledger.diary(
                pair.partnership(),
                pair.expert(),
                on.plusWeeks(3),
                Visibility.PRIVATE,
                "Træt efter i dag, men glad for, at jeg sagde det, som det er.");
        if (index % 2 == 0) {
            ledger.send(new ChangeDiaryEntryVisibility(
                    pair.partnership(), leaders, pair.leader(), Visibility.SHARED, on.plusWeeks(4)));
        }
    }

    /** Each pair's partnership is formed by the ledger itself once the match is recorded, a moment later. */
    private void awaitFormed(PartnershipId partnership) {
        long deadline = System.nanoTime() + PAIR_FORMING.toNanos();
        // Formed, then its two partners' representatives appointed: three events.
        while (events.lastSequenceNumberFor(partnership.value()).orElse(-1L) < 2) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The pair's partnership " + partnership + " was not formed in time");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + partnership, e);
            }
        }
    }
}
