package org.partnershipledger.web.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.agreement.AgreementContent;
import org.partnershipledger.core.agreement.ContentHash;
import org.partnershipledger.core.decision.Attendee;
import org.partnershipledger.core.decision.MeetingId;
import org.partnershipledger.core.decision.MeetingKind;
import org.partnershipledger.core.decision.Proposal;
import org.partnershipledger.core.decision.ProposalId;
import org.partnershipledger.core.decision.ProposalPut;
import org.partnershipledger.core.decision.Stance;
import org.partnershipledger.core.decision.StanceGiven;
import org.partnershipledger.core.diary.DiaryEntry;
import org.partnershipledger.core.diary.DiaryEntryId;
import org.partnershipledger.core.diary.Visibility;
import org.partnershipledger.core.partnership.AppointRepresentative;
import org.partnershipledger.core.partnership.ObservedPhase;
import org.partnershipledger.core.partnership.ProposeAgreement;
import org.partnershipledger.core.partnership.RecordDiaryEntry;
import org.partnershipledger.core.partnership.RecordMeeting;
import org.partnershipledger.core.partnership.RecordPhaseObservation;
import org.partnershipledger.core.partnership.Role;
import org.partnershipledger.core.partnership.SignAgreement;
import org.partnershipledger.core.person.PersonDetails;
import org.partnershipledger.core.person.RegisterPerson;

/**
 * The demo's way into the ledger: every step is a real command through the command gateway, so every
 * rule applies to the demo as to anyone. It also keeps the cast, the persons who get a demo user.
 */
final class DemoLedger {

    /** A person of the demo, the username they sign in with, and what they do in it. */
    record Cast(PersonId person, String username, String part) {}

    private final CommandGateway commands;
    private final Map<PersonId, List<String>> cast = new LinkedHashMap<>();
    private final Set<PersonId> guests = new LinkedHashSet<>();
    // Each demo person's handle (their username and the key of their name) and the opaque id the register
    // gives them, as it gives every new person: an id must not spell the name an erasure removes.
    private final Map<String, PersonId> persons = new LinkedHashMap<>();
    private final Map<PersonId, String> handles = new LinkedHashMap<>();

    DemoLedger(CommandGateway commands) {
        this.commands = commands;
    }

    /** A person of the demo by their handle, which is also their username; the same handle, the same person. */
    PersonId person(String handle, String part) {
        PersonId person = named(handle);
        cast.computeIfAbsent(person, any -> new ArrayList<>()).add(part);
        return person;
    }

    /** A guest at meetings (an external member): attends, represents no partner, so gets no demo user. */
    PersonId guest(String handle) {
        PersonId guest = named(handle);
        guests.add(guest);
        return guest;
    }

    private PersonId named(String handle) {
        return persons.computeIfAbsent(handle, any -> {
            PersonId person = PersonId.generate();
            handles.put(person, handle);
            return person;
        });
    }

    /** Registers every person of the demo, guests too, by name, so the pages show them by name. */
    void registerEveryone(LocalDate on) {
        Set<PersonId> everyone = new LinkedHashSet<>(cast.keySet());
        everyone.addAll(guests);
        for (PersonId person : everyone) {
            send(new RegisterPerson(
                    person, new PersonDetails(DemoNames.of(handles.get(person)), null, null, null), on));
        }
    }

    List<Cast> cast() {
        return cast.entrySet().stream()
                .map(entry ->
                        new Cast(entry.getKey(), handles.get(entry.getKey()), String.join("; ", entry.getValue())))
                .toList();
    }

    <R> R send(Object command) {
        return commands.sendAndWait(command);
    }

    void appoint(PartnershipId partnership, PersonId person, PartnerId partner, LocalDate on, Role... roles) {
        for (Role role : roles) {
            send(new AppointRepresentative(partnership, person, partner, role, on));
        }
    }

    int propose(PartnershipId partnership, AgreementContent content, PartnerId by, LocalDate on) {
        return send(new ProposeAgreement(partnership, content, by, on));
    }

    /** A signature names the text signed by its hash: the signatory read exactly {@code read}. */
    void sign(
            PartnershipId partnership,
            PartnerId partner,
            int version,
            AgreementContent read,
            PersonId signatory,
            LocalDate on) {
        send(new SignAgreement(partnership, partner, version, ContentHash.of(read), signatory, on));
    }

    void observe(PartnershipId partnership, PersonId facilitator, ObservedPhase phase, String note, LocalDate on) {
        send(new RecordPhaseObservation(partnership, facilitator, phase, note, on));
    }

    DiaryEntryId diary(PartnershipId partnership, PersonId author, LocalDate on, Visibility visibility, String text) {
        DiaryEntryId entry = DiaryEntryId.generate();
        send(new RecordDiaryEntry(partnership, entry, new DiaryEntry(author, on, text, visibility)));
        return entry;
    }

    /** A meeting, and the proposals put to it; returns the proposals' ids in the order put. */
    List<ProposalId> meeting(
            PartnershipId partnership, MeetingKind kind, LocalDate heldOn, Meeting meeting, Put... proposals) {
        List<ProposalPut> puts = Arrays.stream(proposals)
                .map(put -> new ProposalPut(
                        new Proposal(ProposalId.generate(), put.text(), put.proposedBy(), put.concernsVersion()),
                        put.stances().stream()
                                .map(given -> new StanceGiven(
                                        given.partner(), given.stance(), given.by(), given.reason(), heldOn))
                                .toList()))
                .toList();
        send(new RecordMeeting(
                partnership,
                MeetingId.generate(),
                kind,
                heldOn,
                meeting.attendees(),
                meeting.agenda(),
                meeting.minutes(),
                puts));
        return puts.stream().map(put -> put.proposal().id()).toList();
    }

    /** Who attended, the agenda and the decision minutes. */
    record Meeting(List<Attendee> attendees, List<String> agenda, String minutes) {}

    /** A proposal put to a meeting, with the stances given there (dated the meeting's day). */
    record Put(String text, PartnerId proposedBy, Integer concernsVersion, List<Given> stances) {}

    /** A partner's stance given at a meeting by one of its representatives there. */
    record Given(PartnerId partner, Stance stance, PersonId by, String reason) {}

    static Attendee attends(PersonId person, PartnerId partner) {
        return new Attendee(person, partner);
    }

    static Given consent(PartnerId partner, PersonId by) {
        return new Given(partner, Stance.CONSENT, by, "");
    }

    static Given object(PartnerId partner, PersonId by, String reason) {
        return new Given(partner, Stance.OBJECT, by, reason);
    }

    static Given abstain(PartnerId partner, PersonId by, String reason) {
        return new Given(partner, Stance.ABSTAIN, by, reason);
    }

    static Set<PartnerId> all(PartnerId... partners) {
        return Set.of(partners);
    }
}
