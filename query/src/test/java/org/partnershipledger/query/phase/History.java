package org.partnershipledger.query.phase;

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
import org.partnershipledger.core.decision.Outcome;
import org.partnershipledger.core.decision.ProposalId;
import org.partnershipledger.core.partnership.AgreementProposed;
import org.partnershipledger.core.partnership.AgreementSigned;
import org.partnershipledger.core.partnership.AgreementTookEffect;
import org.partnershipledger.core.partnership.ClosePartnership.ClosingReason;
import org.partnershipledger.core.partnership.ConflictAbandoned;
import org.partnershipledger.core.partnership.ConflictRaised;
import org.partnershipledger.core.partnership.ConflictResolved;
import org.partnershipledger.core.partnership.DecisionReached;
import org.partnershipledger.core.partnership.ObservedPhase;
import org.partnershipledger.core.partnership.Partner;
import org.partnershipledger.core.partnership.PartnerAdmitted;
import org.partnershipledger.core.partnership.PartnerWithdrew;
import org.partnershipledger.core.partnership.PartnershipClosed;
import org.partnershipledger.core.partnership.PartnershipDissolved;
import org.partnershipledger.core.partnership.PartnershipEvent;
import org.partnershipledger.core.partnership.PartnershipFormed;
import org.partnershipledger.core.partnership.PhaseObserved;
import org.partnershipledger.core.partnership.RepresentativeReplaced;
import org.partnershipledger.core.partnership.Role;
import org.partnershipledger.core.partnership.Sector;
import org.partnershipledger.query.history.HistoryEvent;

/** Builds a partnership's history in stream order from core's events; dates are ISO strings for brevity. */
final class History {

    static final PartnershipId PARTNERSHIP = new PartnershipId("older-peoples-well-being");
    static final Partner NGO = new Partner(new PartnerId("p-1"), "Ældremobiliseringen", Sector.VOLUNTARY);
    static final Partner AARHUS = new Partner(new PartnerId("p-2"), "Aarhus Kommune", Sector.PUBLIC);
    static final Partner SPORTS = new Partner(new PartnerId("p-3"), "Sports organisation", Sector.VOLUNTARY);
    private static final ContentHash HASH = new ContentHash("a".repeat(64));

    private final List<HistoryEvent> events = new ArrayList<>();

    static History formedOn(String date) {
        return new History()
                .then(new PartnershipFormed(
                        PARTNERSHIP, "Older people", "Well-being", day(date), List.of(NGO, AARHUS)));
    }

    static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    History then(PartnershipEvent event) {
        long sequence = events.size();
        events.add(new HistoryEvent(sequence, event.occurredOn(), Instant.EPOCH.plusSeconds(sequence), event));
        return this;
    }

    List<HistoryEvent> events() {
        return List.copyOf(events);
    }

    History agreementProposed(String date) {
        return then(new AgreementProposed(PARTNERSHIP, 1, null, HASH, NGO.id(), day(date)));
    }

    History agreementSigned(String date) {
        return then(new AgreementSigned(PARTNERSHIP, 1, HASH, NGO.id(), new PersonId("signatory"), day(date)));
    }

    History agreementTookEffect(String date) {
        return then(new AgreementTookEffect(PARTNERSHIP, 1, day(date)));
    }

    History conflictRaised(String conflict, String date) {
        return then(new ConflictRaised(
                PARTNERSHIP,
                new ConflictId(conflict),
                NGO.id(),
                List.of(AARHUS.id()),
                "Focus",
                "Different readings of the focus",
                ConflictCategory.AGREEMENT_READING,
                day(date)));
    }

    History conflictResolved(String conflict, String date) {
        return then(new ConflictResolved(
                PARTNERSHIP, new ConflictId(conflict), "Talked it over", Set.of(NGO.id(), AARHUS.id()), day(date)));
    }

    History conflictAbandoned(String conflict, String date) {
        return then(new ConflictAbandoned(PARTNERSHIP, new ConflictId(conflict), "Let it rest", day(date)));
    }

    History decision(Outcome outcome, String date) {
        return then(new DecisionReached(PARTNERSHIP, new ProposalId("proposal-" + date), outcome, day(date)));
    }

    History partnerAdmitted(String date) {
        return then(new PartnerAdmitted(PARTNERSHIP, SPORTS, new ProposalId("admission"), day(date)));
    }

    History representativeReplaced(String date) {
        return then(new RepresentativeReplaced(
                PARTNERSHIP,
                AARHUS.id(),
                new PersonId("outgoing"),
                new PersonId("incoming"),
                Set.of(Role.STEERING_GROUP),
                day(date)));
    }

    History partnerWithdrew(String date) {
        return then(new PartnerWithdrew(
                PARTNERSHIP, SPORTS.id(), "Focus", day(date), day(date).plusMonths(3)));
    }

    History dissolved(String date) {
        return then(new PartnershipDissolved(PARTNERSHIP, "One partner left", day(date)));
    }

    History closed(String date) {
        return then(new PartnershipClosed(PARTNERSHIP, ClosingReason.TERM_ENDED, null, day(date)));
    }

    History observed(ObservedPhase phase, String date) {
        return then(new PhaseObserved(PARTNERSHIP, new PersonId("facilitator"), phase, "Seen at a meeting", day(date)));
    }
}
