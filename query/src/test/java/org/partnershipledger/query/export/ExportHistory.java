package org.partnershipledger.query.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.agreement.ContentHash;
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
import org.partnershipledger.core.partnership.AgreementProposed;
import org.partnershipledger.core.partnership.AgreementSigned;
import org.partnershipledger.core.partnership.AgreementTookEffect;
import org.partnershipledger.core.partnership.ConflictAbandoned;
import org.partnershipledger.core.partnership.ConflictEscalated;
import org.partnershipledger.core.partnership.ConflictRaised;
import org.partnershipledger.core.partnership.ConflictResolved;
import org.partnershipledger.core.partnership.DecisionReached;
import org.partnershipledger.core.partnership.DecisionReopened;
import org.partnershipledger.core.partnership.DocumentKind;
import org.partnershipledger.core.partnership.MediationSessionRecorded;
import org.partnershipledger.core.partnership.MeetingRecorded;
import org.partnershipledger.core.partnership.OutsideRecord;
import org.partnershipledger.core.partnership.Partner;
import org.partnershipledger.core.partnership.PartnerWithdrew;
import org.partnershipledger.core.partnership.PartnershipEvent;
import org.partnershipledger.core.partnership.PartnershipFormed;
import org.partnershipledger.core.partnership.ProposalRecorded;
import org.partnershipledger.core.partnership.RepresentativeAppointed;
import org.partnershipledger.core.partnership.Role;
import org.partnershipledger.core.partnership.Sector;
import org.partnershipledger.core.partnership.StanceContested;
import org.partnershipledger.core.partnership.StanceRecorded;
import org.partnershipledger.query.disclosure.Reader;
import org.partnershipledger.query.history.HistoryEvent;

/**
 * The Greenlanders-in-Esbjerg partnership as the exports' tests read it: formed, two representatives, an
 * agreement signed and in force, a steering meeting deciding in agreement, a conflict mediated and
 * resolved, another still open, and a partner giving notice. In stream order, some of it entered late.
 */
final class ExportHistory {

    static final String ID = "greenlanders-in-esbjerg";
    static final PartnershipId PARTNERSHIP = new PartnershipId(ID);
    static final Partner VINDROSEN = new Partner(new PartnerId("p-vindrosen"), "Vindrosen", Sector.VOLUNTARY);
    static final Partner ESBJERG = new Partner(new PartnerId("p-esbjerg"), "Esbjerg Kommune", Sector.PUBLIC);
    static final PersonId INGE = new PersonId("person-inge");
    static final PersonId OLE = new PersonId("person-ole");
    static final PersonId MEDIATOR = new PersonId("person-mediator");
    static final ContentHash HASH = new ContentHash("a".repeat(64));

    private final List<HistoryEvent> events = new ArrayList<>();

    static List<HistoryEvent> events() {
        ExportHistory history = new ExportHistory();
        history.then(new PartnershipFormed(
                PARTNERSHIP, "Grønlændere i Esbjerg", "Inclusion", day("2003-03-01"), List.of(VINDROSEN, ESBJERG)));
        history.then(new RepresentativeAppointed(PARTNERSHIP, INGE, VINDROSEN.id(), Role.SIGNATORY, day("2003-03-02")));
        history.then(new RepresentativeAppointed(PARTNERSHIP, OLE, ESBJERG.id(), Role.SIGNATORY, day("2003-03-02")));
        history.then(new AgreementProposed(PARTNERSHIP, 1, null, HASH, VINDROSEN.id(), day("2003-09-10")));
        history.then(new AgreementSigned(PARTNERSHIP, 1, HASH, VINDROSEN.id(), INGE, day("2004-03-01")));
        history.then(new AgreementSigned(PARTNERSHIP, 1, HASH, ESBJERG.id(), OLE, day("2004-03-02")));
        history.then(new AgreementTookEffect(PARTNERSHIP, 1, day("2004-03-02")));
        history.then(new MeetingRecorded(
                PARTNERSHIP,
                new MeetingId("m-1"),
                MeetingKind.STEERING_GROUP,
                List.of(new Attendee(INGE, VINDROSEN.id()), new Attendee(OLE, ESBJERG.id())),
                List.of("Seminar"),
                "We agreed, \"quickly\", on a seminar",
                day("2004-06-01")));
        history.then(new ProposalRecorded(
                PARTNERSHIP,
                new Proposal(new ProposalId("d-1"), "Hold a seminar, in September", VINDROSEN.id(), 1),
                new MeetingId("m-1"),
                day("2004-06-01")));
        history.then(stance("d-1", VINDROSEN.id(), INGE, Stance.CONSENT, "2004-06-01"));
        history.then(stance("d-1", ESBJERG.id(), OLE, Stance.ABSTAIN, "2004-06-01"));
        history.then(new DecisionReached(PARTNERSHIP, new ProposalId("d-1"), Outcome.ADOPTED, day("2004-06-01")));
        history.then(new ConflictRaised(
                PARTNERSHIP,
                new ConflictId("c-1"),
                ESBJERG.id(),
                List.of(VINDROSEN.id()),
                "Reading",
                "Different readings of section 3",
                ConflictCategory.AGREEMENT_READING,
                day("2004-09-01")));
        history.then(new ConflictEscalated(
                PARTNERSHIP,
                new ConflictId("c-1"),
                new MediatorRef("Centre", "Outside centre", MEDIATOR),
                day("2004-09-10")));
        history.then(new MediationSessionRecorded(PARTNERSHIP, new ConflictId("c-1"), "Talked", day("2004-09-20")));
        history.then(new MediationSessionRecorded(PARTNERSHIP, new ConflictId("c-1"), "Agreed", day("2004-09-30")));
        history.then(new ConflictResolved(
                PARTNERSHIP,
                new ConflictId("c-1"),
                "Section 3 means this",
                Set.of(VINDROSEN.id(), ESBJERG.id()),
                day("2004-10-01")));
        history.then(new ConflictRaised(
                PARTNERSHIP,
                new ConflictId("c-2"),
                VINDROSEN.id(),
                List.of(ESBJERG.id()),
                "Press",
                "Spoke to the press first",
                ConflictCategory.COMMUNICATION,
                day("2005-01-10")));
        // Entered afterwards: a notice given before the second conflict was raised.
        history.then(
                new PartnerWithdrew(PARTNERSHIP, ESBJERG.id(), "Budget cuts", day("2004-12-01"), day("2005-03-01")));
        return List.copyOf(history.events);
    }

    static final PersonId SECRETARY = new PersonId("person-secretary");

    /** The history and a second decision whose Esbjerg stance the secretary recorded from a letter, contested. */
    static List<HistoryEvent> withStanceRecordedOnBehalf() {
        ExportHistory history = new ExportHistory();
        history.events.addAll(events());
        ProposalId monthly = new ProposalId("d-2");
        history.then(new ProposalRecorded(
                PARTNERSHIP, new Proposal(monthly, "Meet monthly", VINDROSEN.id(), null), null, day("2005-01-20")));
        history.then(stance("d-2", VINDROSEN.id(), INGE, Stance.CONSENT, "2005-01-20"));
        history.then(new StanceRecorded(
                PARTNERSHIP,
                monthly,
                new StanceGiven(ESBJERG.id(), Stance.CONSENT, OLE, "", day("2005-01-22")),
                new OutsideRecord(SECRETARY, DocumentKind.LETTER, day("2005-01-22"), "Letter 17")));
        history.then(new DecisionReached(PARTNERSHIP, monthly, Outcome.ADOPTED, day("2005-01-22")));
        history.then(new StanceContested(PARTNERSHIP, monthly, ESBJERG.id(), OLE, "Not so", day("2005-01-25")));
        history.then(new DecisionReopened(PARTNERSHIP, monthly, Outcome.ADOPTED, day("2005-01-25")));
        return List.copyOf(history.events);
    }

    /** The history and its open conflict then abandoned. */
    static List<HistoryEvent> withConflictAbandoned() {
        ExportHistory history = new ExportHistory();
        history.events.addAll(events());
        history.then(new ConflictAbandoned(PARTNERSHIP, new ConflictId("c-2"), "Let it rest", day("2005-02-01")));
        return List.copyOf(history.events);
    }

    static ExportedPartnership exported(List<HistoryEvent> history) {
        return new ExportedPartnership(
                ID,
                history,
                Reader.researcher(null),
                new ExportedPartnership.ChainHead("b".repeat(64), history.size() + 1, true));
    }

    static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    private static StanceRecorded stance(String proposal, PartnerId partner, PersonId by, Stance stance, String on) {
        return new StanceRecorded(
                PARTNERSHIP, new ProposalId(proposal), new StanceGiven(partner, stance, by, "", day(on)));
    }

    private void then(PartnershipEvent event) {
        long sequence = events.size();
        events.add(new HistoryEvent(sequence, event.occurredOn(), Instant.EPOCH.plusSeconds(sequence), event));
    }
}
