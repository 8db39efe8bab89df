package org.partnershipledger.query.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.agreement.ContentHash;
import org.partnershipledger.core.decision.Attendee;
import org.partnershipledger.core.decision.MeetingId;
import org.partnershipledger.core.decision.MeetingKind;
import org.partnershipledger.core.decision.Outcome;
import org.partnershipledger.core.decision.Proposal;
import org.partnershipledger.core.decision.ProposalId;
import org.partnershipledger.core.decision.Stance;
import org.partnershipledger.core.decision.StanceGiven;
import org.partnershipledger.core.partnership.AgreementProposed;
import org.partnershipledger.core.partnership.AgreementTookEffect;
import org.partnershipledger.core.partnership.DecisionReached;
import org.partnershipledger.core.partnership.DecisionReopened;
import org.partnershipledger.core.partnership.DocumentKind;
import org.partnershipledger.core.partnership.MeetingRecorded;
import org.partnershipledger.core.partnership.OutsideRecord;
import org.partnershipledger.core.partnership.Partner;
import org.partnershipledger.core.partnership.PartnershipEvent;
import org.partnershipledger.core.partnership.PartnershipFormed;
import org.partnershipledger.core.partnership.ProposalRecorded;
import org.partnershipledger.core.partnership.ProposalRetracted;
import org.partnershipledger.core.partnership.Sector;
import org.partnershipledger.core.partnership.StanceConfirmed;
import org.partnershipledger.core.partnership.StanceContested;
import org.partnershipledger.core.partnership.StanceRecorded;
import org.partnershipledger.query.history.HistoryEvent;

/** A partnership's history written the way the steering group's secretary records it, in stream order. */
final class DecisionHistory {

    static final PartnerId MODREHJAELPEN = new PartnerId("p-1");
    static final PartnerId FREDERIKSBERG = new PartnerId("p-2");
    static final PersonId ANNA = new PersonId("person-anna");
    static final PersonId BO = new PersonId("person-bo");

    private final PartnershipId partnershipId;
    private final List<HistoryEvent> events = new ArrayList<>();

    private DecisionHistory(PartnershipId partnershipId) {
        this.partnershipId = partnershipId;
    }

    /** A partnership of Mødrehjælpen (represented by Anna) and Frederiksberg Kommune (represented by Bo). */
    static DecisionHistory formed(String partnershipId, LocalDate on) {
        DecisionHistory history = new DecisionHistory(new PartnershipId(partnershipId));
        return history.add(new PartnershipFormed(
                history.partnershipId,
                "Violence against women",
                "Help women exposed to violence",
                on,
                List.of(
                        new Partner(MODREHJAELPEN, "Mødrehjælpen", Sector.VOLUNTARY),
                        new Partner(FREDERIKSBERG, "Frederiksberg Kommune", Sector.PUBLIC))));
    }

    DecisionHistory meeting(String meetingId, MeetingKind kind, LocalDate on) {
        return add(new MeetingRecorded(
                partnershipId,
                new MeetingId(meetingId),
                kind,
                List.of(new Attendee(ANNA, MODREHJAELPEN), new Attendee(BO, FREDERIKSBERG)),
                List.of("Follow-up on the agreement"),
                "Decision minutes",
                on));
    }

    /** A proposal put at a meeting (or in writing, when {@code meetingId} is null). */
    DecisionHistory proposal(String proposalId, String meetingId, String text, Integer concernsVersion, LocalDate on) {
        return add(new ProposalRecorded(
                partnershipId,
                new Proposal(new ProposalId(proposalId), text, MODREHJAELPEN, concernsVersion),
                meetingId == null ? null : new MeetingId(meetingId),
                on));
    }

    DecisionHistory stance(
            String proposalId, PartnerId partner, Stance stance, PersonId by, String reason, LocalDate on) {
        return add(new StanceRecorded(
                partnershipId, new ProposalId(proposalId), new StanceGiven(partner, stance, by, reason, on)));
    }

    /** A stance the secretary recorded from a document of the given kind, dated on it. */
    DecisionHistory stanceRecordedBy(
            PersonId secretary,
            DocumentKind kind,
            String proposalId,
            PartnerId partner,
            Stance stance,
            PersonId by,
            LocalDate on) {
        return add(new StanceRecorded(
                partnershipId,
                new ProposalId(proposalId),
                new StanceGiven(partner, stance, by, "", on),
                new OutsideRecord(secretary, kind, on, "Letter 2004/17")));
    }

    DecisionHistory confirmed(String proposalId, PartnerId partner, PersonId by, LocalDate on) {
        return add(new StanceConfirmed(partnershipId, new ProposalId(proposalId), partner, by, on));
    }

    DecisionHistory contested(String proposalId, PartnerId partner, PersonId by, LocalDate on) {
        return add(new StanceContested(partnershipId, new ProposalId(proposalId), partner, by, "Not what we said", on));
    }

    DecisionHistory reopened(String proposalId, Outcome previous, LocalDate on) {
        return add(new DecisionReopened(partnershipId, new ProposalId(proposalId), previous, on));
    }

    DecisionHistory decision(String proposalId, Outcome outcome, LocalDate on) {
        return add(new DecisionReached(partnershipId, new ProposalId(proposalId), outcome, on));
    }

    /** An agreement version proposed with a content hash made of one repeated hex digit, e.g. "1" for "111…1". */
    DecisionHistory agreementProposed(int version, String hexDigit, LocalDate on) {
        return add(new AgreementProposed(
                partnershipId, version, null, new ContentHash(hexDigit.repeat(64)), MODREHJAELPEN, on));
    }

    DecisionHistory agreementTookEffect(int version, LocalDate on) {
        return add(new AgreementTookEffect(partnershipId, version, on));
    }

    DecisionHistory retraction(String proposalId, String reason, LocalDate on) {
        return add(new ProposalRetracted(partnershipId, new ProposalId(proposalId), reason, on));
    }

    List<HistoryEvent> events() {
        return List.copyOf(events);
    }

    private DecisionHistory add(PartnershipEvent event) {
        long sequence = events.size();
        events.add(new HistoryEvent(sequence, event.occurredOn(), Instant.EPOCH.plusSeconds(sequence), event));
        return this;
    }
}
