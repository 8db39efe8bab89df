package org.partnershipledger.query.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.agreement.AgreementContent;
import org.partnershipledger.core.agreement.Background;
import org.partnershipledger.core.agreement.Budget;
import org.partnershipledger.core.agreement.ChangesAndExit;
import org.partnershipledger.core.agreement.ContentAndQuality;
import org.partnershipledger.core.agreement.ContentHash;
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
import org.partnershipledger.core.conflict.MediatorRef;
import org.partnershipledger.core.decision.Attendee;
import org.partnershipledger.core.decision.MeetingId;
import org.partnershipledger.core.decision.MeetingKind;
import org.partnershipledger.core.decision.Outcome;
import org.partnershipledger.core.decision.Proposal;
import org.partnershipledger.core.decision.ProposalId;
import org.partnershipledger.core.decision.Stance;
import org.partnershipledger.core.decision.StanceGiven;
import org.partnershipledger.core.diary.DiaryEntryId;
import org.partnershipledger.core.diary.Visibility;
import org.partnershipledger.core.partnership.AgreementProposed;
import org.partnershipledger.core.partnership.AgreementSigned;
import org.partnershipledger.core.partnership.AgreementTookEffect;
import org.partnershipledger.core.partnership.CheckpointWitnessed;
import org.partnershipledger.core.partnership.ClosePartnership.ClosingReason;
import org.partnershipledger.core.partnership.ComplexityLevel;
import org.partnershipledger.core.partnership.ConflictAbandoned;
import org.partnershipledger.core.partnership.ConflictEscalated;
import org.partnershipledger.core.partnership.ConflictRaised;
import org.partnershipledger.core.partnership.ConflictResolved;
import org.partnershipledger.core.partnership.ConflictStepRecorded;
import org.partnershipledger.core.partnership.DecisionReached;
import org.partnershipledger.core.partnership.DecisionReopened;
import org.partnershipledger.core.partnership.DiaryEntryRecorded;
import org.partnershipledger.core.partnership.DiaryEntryVisibilityChanged;
import org.partnershipledger.core.partnership.DissolutionCancelled;
import org.partnershipledger.core.partnership.DocumentKind;
import org.partnershipledger.core.partnership.MediationSessionRecorded;
import org.partnershipledger.core.partnership.MeetingRecorded;
import org.partnershipledger.core.partnership.MinutesCorrected;
import org.partnershipledger.core.partnership.ObservedPhase;
import org.partnershipledger.core.partnership.OpenedToResearch;
import org.partnershipledger.core.partnership.OutsideRecord;
import org.partnershipledger.core.partnership.Partner;
import org.partnershipledger.core.partnership.PartnerAdmitted;
import org.partnershipledger.core.partnership.PartnerWithdrew;
import org.partnershipledger.core.partnership.PartnershipClosed;
import org.partnershipledger.core.partnership.PartnershipDissolved;
import org.partnershipledger.core.partnership.PartnershipEvent;
import org.partnershipledger.core.partnership.PartnershipFormed;
import org.partnershipledger.core.partnership.PartnershipKind;
import org.partnershipledger.core.partnership.PhaseObserved;
import org.partnershipledger.core.partnership.ProposalRecorded;
import org.partnershipledger.core.partnership.ProposalRetracted;
import org.partnershipledger.core.partnership.RepresentativeAppointed;
import org.partnershipledger.core.partnership.RepresentativeRemoved;
import org.partnershipledger.core.partnership.RepresentativeReplaced;
import org.partnershipledger.core.partnership.Role;
import org.partnershipledger.core.partnership.Sector;
import org.partnershipledger.core.partnership.StanceConfirmed;
import org.partnershipledger.core.partnership.StanceContested;
import org.partnershipledger.core.partnership.StanceRecorded;
import org.partnershipledger.query.history.HistoryEvent;

/**
 * A partnership's whole life, with every kind of event at least once: its shape is fixed (an NGO, a
 * municipality and a citizen; three conflicts; four diary entries), its ids and texts come from a seed.
 * It remembers every person id, every free text, citizen name and mediator name it wrote, so a test can
 * look for each of them in what a reader is shown.
 */
final class GeneratedPartnership {

    /** How the partnership ends; a history ends one way, so dissolution needs a history of its own. */
    enum Ending {
        CLOSED,
        DISSOLVED
    }

    private final Random random;
    private final List<HistoryEvent> events = new ArrayList<>();
    private final Set<String> persons = new LinkedHashSet<>();
    private final Set<String> freeTexts = new LinkedHashSet<>();
    private final Set<String> citizenNames = new LinkedHashSet<>();
    private final Set<String> mediatorNames = new LinkedHashSet<>();
    private final Set<String> diaryTexts = new LinkedHashSet<>();
    private LocalDate day = LocalDate.of(2003, 1, 10);

    final PartnershipId id;
    final Partner ngo;
    final Partner municipality;
    final Partner citizen;
    final Partner admittedCitizen;
    final PersonId ngoLead;
    final PersonId ngoSecretary;
    final PersonId municipalityLead;
    final PersonId citizenSelf;
    final PersonId facilitator;
    final PersonId ngoNewcomer;
    /** Appointed to mediate {@link #ngoAndMunicipality} only. */
    final PersonId mediator;
    /** Raised by the NGO about the municipality, escalated to a mediator and resolved. */
    final ConflictId ngoAndMunicipality;
    /** Raised by the municipality about the citizen, abandoned. */
    final ConflictId municipalityAndCitizen;
    /** Raised by the NGO about the citizen, still open. */
    final ConflictId ngoAndCitizen;
    /** The NGO lead's, private throughout. */
    final DiaryEntryId privateEntry;
    /** The municipality lead's, shared when written. */
    final DiaryEntryId sharedEntry;
    /** The citizen's, private when written and shared later. */
    final DiaryEntryId sharedLater;
    /** The NGO secretary's, shared when written and made private again. */
    final DiaryEntryId unshared;

    private GeneratedPartnership(long seed) {
        random = new Random(seed);
        id = new PartnershipId("partnership-" + hex());
        ngo = new Partner(new PartnerId(uuid()), "Ældremobiliseringen", Sector.VOLUNTARY);
        municipality = new Partner(new PartnerId(uuid()), "Aarhus Kommune", Sector.PUBLIC);
        citizen = new Partner(new PartnerId(uuid()), citizenName(), Sector.CITIZEN);
        admittedCitizen = new Partner(new PartnerId(uuid()), citizenName(), Sector.CITIZEN);
        ngoLead = person();
        ngoSecretary = person();
        municipalityLead = person();
        citizenSelf = person();
        facilitator = person();
        ngoNewcomer = person();
        mediator = person();
        ngoAndMunicipality = new ConflictId(uuid());
        municipalityAndCitizen = new ConflictId(uuid());
        ngoAndCitizen = new ConflictId(uuid());
        privateEntry = new DiaryEntryId(uuid());
        sharedEntry = new DiaryEntryId(uuid());
        sharedLater = new DiaryEntryId(uuid());
        unshared = new DiaryEntryId(uuid());
    }

    static GeneratedPartnership of(long seed, boolean openToResearch, Ending ending) {
        GeneratedPartnership partnership = new GeneratedPartnership(seed);
        partnership.live(openToResearch, ending);
        return partnership;
    }

    List<HistoryEvent> history() {
        return List.copyOf(events);
    }

    /** Every person id in the history. */
    Set<String> persons() {
        return Set.copyOf(persons);
    }

    /** Every text a person wrote outside a diary, the texts marked {@code @FreeText}. */
    Set<String> freeTexts() {
        return Set.copyOf(freeTexts);
    }

    /** What the representatives wrote in their diaries. */
    Set<String> diaryTexts() {
        return Set.copyOf(diaryTexts);
    }

    /** The names of citizens taking part as partners, and of the mediator appointed: persons too. */
    Set<String> personalNames() {
        Set<String> names = new LinkedHashSet<>(citizenNames);
        names.addAll(mediatorNames);
        return Set.copyOf(names);
    }

    private void live(boolean openToResearch, Ending ending) {
        then(new PartnershipFormed(
                id,
                "Older people's well-being",
                "Well-being of older people in Aarhus",
                day,
                List.of(ngo, municipality, citizen),
                ComplexityLevel.MEDIUM,
                PartnershipKind.NETWORK_BASED));
        appoint(ngoLead, ngo, Role.SIGNATORY);
        appoint(ngoSecretary, ngo, Role.SECRETARY);
        appoint(municipalityLead, municipality, Role.SIGNATORY);
        appoint(citizenSelf, citizen, Role.SIGNATORY);
        later(10);
        then(new PhaseObserved(id, facilitator, ObservedPhase.BELONGING, text("observation"), day));
        later(20);
        MeetingId kickOff = new MeetingId(uuid());
        then(new MeetingRecorded(
                id,
                kickOff,
                MeetingKind.KICK_OFF,
                List.of(
                        new Attendee(ngoLead, ngo.id()),
                        new Attendee(municipalityLead, municipality.id()),
                        new Attendee(citizenSelf, citizen.id()),
                        Attendee.guest(facilitator)),
                List.of(text("agenda item"), text("agenda item")),
                text("minutes"),
                day));
        decide(kickOff, Stance.CONSENT);
        decide(kickOff, Stance.OBJECT);
        decideOnBehalf(kickOff);
        ProposalId withdrawn = propose(kickOff);
        later(7);
        then(new ProposalRetracted(id, withdrawn, text("withdrawal reason"), day));
        then(new MinutesCorrected(id, kickOff, text("corrected minutes"), day));
        later(30);
        agreement();
        later(14);
        diaries();
        conflicts();
        later(30);
        then(new PhaseObserved(id, facilitator, ObservedPhase.CONTROL, text("observation"), day));
        then(new RepresentativeReplaced(id, ngo.id(), ngoLead, ngoNewcomer, Set.of(Role.SIGNATORY), day));
        later(10);
        then(new RepresentativeRemoved(id, ngoSecretary, ngo.id(), text("removal reason"), day));
        ProposalId admission = decide(null, Stance.CONSENT);
        later(5);
        then(new PartnerAdmitted(id, admittedCitizen, admission, day));
        if (openToResearch) {
            ProposalId opening = decide(null, Stance.CONSENT);
            later(5);
            then(new OpenedToResearch(id, opening, day));
        }
        later(60);
        then(new PhaseObserved(id, facilitator, ObservedPhase.CLOSENESS, text("observation"), day));
        then(new CheckpointWitnessed(id, ngo.id(), ngoLead, hex() + "0".repeat(52), events.size(), day));
        later(30);
        if (ending == Ending.CLOSED) {
            then(new PartnerWithdrew(id, municipality.id(), text("withdrawal reason"), day, day.plusMonths(3)));
            later(200);
            then(new PartnershipClosed(id, ClosingReason.TERM_ENDED, null, day));
        } else {
            // A dissolution decided and taken back before the day came, as when a partner is admitted.
            then(new PartnershipDissolved(id, "Fewer than two partners remain", day.plusMonths(3)));
            then(new DissolutionCancelled(id, day.plusMonths(3), "Two or more partners remain", day));
            then(new PartnerWithdrew(id, municipality.id(), text("withdrawal reason"), day, day));
            then(new PartnerWithdrew(id, citizen.id(), text("withdrawal reason"), day, day));
            then(new PartnerWithdrew(id, admittedCitizen.id(), text("withdrawal reason"), day, day));
            then(new PartnershipDissolved(id, "Fewer than two partners remain", day));
        }
    }

    private void appoint(PersonId person, Partner partner, Role role) {
        then(new RepresentativeAppointed(id, person, partner.id(), role, day));
    }

    /**
     * A decision whose stances the secretary recorded from the minutes and a letter: one confirmed, one
     * contested (the decision reopened until that partner answered itself).
     */
    private void decideOnBehalf(MeetingId meeting) {
        ProposalId proposal = propose(meeting);
        OutsideRecord minutes = new OutsideRecord(ngoSecretary, DocumentKind.MINUTES, day, text("minutes reference"));
        OutsideRecord letter = new OutsideRecord(ngoSecretary, DocumentKind.LETTER, day, text("letter reference"));
        then(new StanceRecorded(id, proposal, stance(ngo, ngoLead, Stance.CONSENT), minutes));
        then(new StanceRecorded(id, proposal, stance(municipality, municipalityLead, Stance.CONSENT), minutes));
        then(new StanceRecorded(id, proposal, stance(citizen, citizenSelf, Stance.ABSTAIN), letter));
        then(new DecisionReached(id, proposal, Outcome.ADOPTED, day));
        then(new StanceConfirmed(id, proposal, ngo.id(), ngoLead, day));
        then(new StanceContested(id, proposal, municipality.id(), municipalityLead, text("contest reason"), day));
        then(new DecisionReopened(id, proposal, Outcome.ADOPTED, day));
        then(new StanceRecorded(id, proposal, stance(municipality, municipalityLead, Stance.CONSENT)));
        then(new DecisionReached(id, proposal, Outcome.ADOPTED, day));
    }

    /** A proposal the partners take a stance on the same day: consent from all, or one objection. */
    private ProposalId decide(MeetingId meeting, Stance municipalityStance) {
        ProposalId proposal = propose(meeting);
        then(new StanceRecorded(id, proposal, stance(ngo, ngoLead, Stance.CONSENT)));
        then(new StanceRecorded(id, proposal, stance(municipality, municipalityLead, municipalityStance)));
        then(new StanceRecorded(id, proposal, stance(citizen, citizenSelf, Stance.ABSTAIN)));
        Outcome outcome = municipalityStance == Stance.OBJECT ? Outcome.BLOCKED : Outcome.ADOPTED;
        then(new DecisionReached(id, proposal, outcome, day));
        return proposal;
    }

    private ProposalId propose(MeetingId meeting) {
        ProposalId proposal = new ProposalId(uuid());
        then(new ProposalRecorded(id, new Proposal(proposal, text("proposal"), ngo.id(), null), meeting, day));
        return proposal;
    }

    private StanceGiven stance(Partner partner, PersonId by, Stance stance) {
        return new StanceGiven(partner.id(), stance, by, text("stance reason"), day);
    }

    private void agreement() {
        AgreementContent content = new AgreementContent(
                new Background(
                        "Loneliness among older people",
                        List.of(new PartnerStrengths(ngo.id(), "Volunteers"), new PartnerStrengths(citizen.id(), ""))),
                new Goals(List.of("Fewer lonely older people"), List.of("Visits per month")),
                new ContentAndQuality("Visiting friends", "Trained volunteers"),
                new Organisation(
                        "Each partner keeps its autonomy",
                        List.of(
                                new Responsibility(municipality.id(), "Referrals"),
                                Responsibility.shared("Evaluation")),
                        new Governance("Monthly", "Weekly"),
                        new Information("Each other first", "Then the press")),
                new DialogueAndConflictHandling("Talk first", new Mediator("Frivilligcenter", "Center for mediation")),
                new Plan(List.of(new Phase("Start", day, day.plusMonths(6)))),
                new Budget("Each partner funds its own part", false),
                new ChangesAndExit("In agreement at steering meetings", "Three months' notice", Period.ofMonths(3)),
                "Volunteers may leave",
                new EvaluationAndAnchoring("Survey", List.of("Visits"), "In the municipality's plan"),
                new Term(day, day.plusYears(2)),
                day.plusMonths(6),
                List.of("Aarhus Idrætsforening"));
        ContentHash hash = ContentHash.of(content);
        then(new AgreementProposed(id, 1, content, hash, ngo.id(), day));
        later(20);
        then(new AgreementSigned(id, 1, hash, ngo.id(), ngoLead, day));
        then(new AgreementSigned(id, 1, hash, municipality.id(), municipalityLead, day));
        then(new AgreementSigned(
                id,
                1,
                hash,
                citizen.id(),
                citizenSelf,
                day,
                new OutsideRecord(ngoSecretary, DocumentKind.PAPER_CONTRACT, day, text("contract reference"))));
        then(new AgreementTookEffect(id, 1, day));
    }

    private void diaries() {
        then(new DiaryEntryRecorded(id, privateEntry, ngoLead, diaryText(), Visibility.PRIVATE, day));
        then(new DiaryEntryRecorded(id, sharedEntry, municipalityLead, diaryText(), Visibility.SHARED, day));
        then(new DiaryEntryRecorded(id, sharedLater, citizenSelf, diaryText(), Visibility.PRIVATE, day));
        then(new DiaryEntryRecorded(id, unshared, ngoSecretary, diaryText(), Visibility.SHARED, day));
        later(3);
        then(new DiaryEntryVisibilityChanged(id, sharedLater, Visibility.SHARED, day));
        then(new DiaryEntryVisibilityChanged(id, unshared, Visibility.PRIVATE, day));
    }

    private void conflicts() {
        raise(ngoAndMunicipality, ngo, municipality);
        raise(municipalityAndCitizen, municipality, citizen);
        raise(ngoAndCitizen, ngo, citizen);
        later(7);
        then(new ConflictStepRecorded(id, ngoAndMunicipality, text("dialogue note"), day));
        then(new ConflictStepRecorded(id, ngoAndCitizen, text("dialogue note"), day));
        then(new ConflictAbandoned(id, municipalityAndCitizen, text("abandonment reason"), day));
        later(14);
        String mediator = "Mediator " + hex();
        mediatorNames.add(mediator);
        then(new ConflictEscalated(
                id, ngoAndMunicipality, new MediatorRef(mediator, "Center for mediation", this.mediator), day));
        later(7);
        then(new MediationSessionRecorded(id, ngoAndMunicipality, text("session note"), day));
        later(7);
        then(new ConflictResolved(
                id, ngoAndMunicipality, text("resolution"), Set.of(ngo.id(), municipality.id()), day));
    }

    private void raise(ConflictId conflict, Partner raisedBy, Partner concerning) {
        then(new ConflictRaised(
                id,
                conflict,
                raisedBy.id(),
                List.of(concerning.id()),
                text("topic"),
                text("description"),
                ConflictCategory.COMMUNICATION,
                day));
    }

    private void then(PartnershipEvent event) {
        long sequence = events.size();
        events.add(new HistoryEvent(sequence, event.occurredOn(), Instant.EPOCH.plusSeconds(sequence), event));
    }

    private void later(int days) {
        day = day.plusDays(days);
    }

    private PersonId person() {
        PersonId person = new PersonId(uuid());
        persons.add(person.value());
        return person;
    }

    private String citizenName() {
        String name = "Citizen " + hex();
        citizenNames.add(name);
        return name;
    }

    /** A text no other text contains, so a test can tell whether it was shown. */
    private String text(String kind) {
        String text = "The " + kind + " " + hex() + " as written";
        freeTexts.add(text);
        return text;
    }

    private String diaryText() {
        String text = "Dear diary " + hex();
        diaryTexts.add(text);
        return text;
    }

    private String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private String hex() {
        byte[] bytes = new byte[6];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
