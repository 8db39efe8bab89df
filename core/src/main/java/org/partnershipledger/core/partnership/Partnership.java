package org.partnershipledger.core.partnership;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.agreement.Agreement;
import org.partnershipledger.core.agreement.ContentHash;
import org.partnershipledger.core.conflict.ConflictOpening;
import org.partnershipledger.core.conflict.Conflicts;
import org.partnershipledger.core.conflict.MediatorRef;
import org.partnershipledger.core.decision.Attendee;
import org.partnershipledger.core.decision.DecisionRule;
import org.partnershipledger.core.decision.Decisions;
import org.partnershipledger.core.decision.Meetings;
import org.partnershipledger.core.decision.Outcome;
import org.partnershipledger.core.decision.ProposalId;
import org.partnershipledger.core.decision.ProposalPut;
import org.partnershipledger.core.decision.StanceGiven;
import org.partnershipledger.core.diary.Diaries;
import org.partnershipledger.core.diary.DiaryEntry;
import org.partnershipledger.core.partnership.ClosePartnership.ClosingReason;
import org.partnershipledger.core.partnership.Partners.Representation;
import org.partnershipledger.core.partnership.PartnershipRules.NotASignatory;
import org.partnershipledger.core.partnership.PartnershipRules.PartnershipEnded;
import org.partnershipledger.core.partnership.PartnershipRules.TermNotEnded;

/**
 * A partnership between equal partners, rebuilt from its events: one history per partnership, in which
 * every decision about it is checked against everything else on record.
 */
@AggregateRoot
public class Partnership {

    @AggregateIdentifier
    private PartnershipId partnershipId;

    private final Partners partners = new Partners();
    private final Meetings meetings = new Meetings();
    private final Decisions decisions = new Decisions();
    private final Conflicts conflicts = new Conflicts();
    private final Diaries diaries = new Diaries();
    private Agreement agreement;
    private LocalDate dissolvedOn;
    private LocalDate closedOn;

    protected Partnership() {}

    @CommandHandler
    public Partnership(FormPartnership command) {
        apply(new PartnershipFormed(
                command.partnershipId(),
                command.name(),
                command.purpose(),
                command.occurredOn(),
                command.partners(),
                command.complexity(),
                command.kind()));
    }

    @CommandHandler
    void handle(AppointRepresentative command) {
        requireOpenOn(command.occurredOn());
        partners.requireCanAppoint(command.person(), command.partner(), command.role(), command.occurredOn());
        apply(new RepresentativeAppointed(
                partnershipId, command.person(), command.partner(), command.role(), command.occurredOn()));
    }

    @CommandHandler
    void handle(ReplaceRepresentative command) {
        requireOpenOn(command.occurredOn());
        Representation outgoing = partners.requireRepresentative(command.outgoing());
        partners.requireCanTakeOver(command.incoming(), outgoing.partner());
        apply(new RepresentativeReplaced(
                partnershipId,
                outgoing.partner(),
                command.outgoing(),
                command.incoming(),
                outgoing.roles(),
                command.occurredOn()));
    }

    @CommandHandler
    void handle(RemoveRepresentative command) {
        requireOpenOn(command.occurredOn());
        Representation representation = partners.requireRepresentative(command.person());
        apply(new RepresentativeRemoved(
                partnershipId, command.person(), representation.partner(), command.reason(), command.occurredOn()));
    }

    /**
     * Before an agreement is in force a withdrawal takes effect at once; after, when the agreement's
     * notice period has run. Fewer than two partners left dissolves the partnership from that day.
     */
    @CommandHandler
    void handle(WithdrawPartner command) {
        requireOpenOn(command.noticeGivenOn());
        partners.requirePartnerOn(command.partner(), command.noticeGivenOn());
        partners.requireNoNoticeGiven(command.partner());
        LocalDate effectiveOn = command.noticeGivenOn().plus(noticePeriodInForce());
        apply(new PartnerWithdrew(
                partnershipId, command.partner(), command.reason(), command.noticeGivenOn(), effectiveOn));
        if (effectiveOn.equals(command.noticeGivenOn())) {
            recheckPendingDecisions(effectiveOn);
            takeEffectIfSignedByAll(effectiveOn);
        }
        if (partners.partnersOn(effectiveOn).size() < 2) {
            apply(new PartnershipDissolved(partnershipId, "Fewer than two partners remain", effectiveOn));
        }
    }

    @CommandHandler
    void handle(RecordPhaseObservation command) {
        requireOpenOn(command.occurredOn());
        apply(new PhaseObserved(
                partnershipId, command.observer(), command.phase(), command.note(), command.occurredOn()));
    }

    /** Returns the number the new version got. */
    @CommandHandler
    int handle(ProposeAgreement command) {
        requireOpenOn(command.occurredOn());
        partners.requirePartnerOn(command.proposedBy(), command.occurredOn());
        command.content().partnersNamed().forEach(partner -> partners.requirePartnerOn(partner, command.occurredOn()));
        ContentHash hash = ContentHash.of(command.content());
        agreement.requireChanged(hash);
        int version = agreement.nextVersionNumber();
        apply(new AgreementProposed(
                partnershipId, version, command.content(), hash, command.proposedBy(), command.occurredOn()));
        return version;
    }

    /** The version takes effect when every current partner has signed it; the old one stays until then. */
    @CommandHandler
    void handle(SignAgreement command) {
        requireOpenOn(command.occurredOn());
        partners.requirePartnerOn(command.partner(), command.occurredOn());
        if (!partners.represents(command.signatory(), command.partner(), Role.SIGNATORY)) {
            throw new NotASignatory(command.signatory(), command.partner());
        }
        agreement.requireSignable(command.version(), command.contentHash(), command.partner());
        apply(new AgreementSigned(
                partnershipId,
                command.version(),
                command.contentHash(),
                command.partner(),
                command.signatory(),
                command.occurredOn()));
        takeEffectIfSignedByAll(command.occurredOn());
    }

    @CommandHandler
    void handle(ClosePartnership command) {
        requireOpenOn(command.occurredOn());
        if (command.reason() == ClosingReason.DECIDED) {
            decisions.requireAdopted(command.decision());
        } else {
            LocalDate termEndsOn = agreement
                    .versionInForce()
                    .map(version -> version.content().term().endsOn())
                    .orElse(null);
            if (termEndsOn == null || termEndsOn.isAfter(command.occurredOn())) {
                throw new TermNotEnded(partnershipId, termEndsOn, command.occurredOn());
            }
        }
        apply(new PartnershipClosed(partnershipId, command.reason(), command.decision(), command.occurredOn()));
    }

    private void takeEffectIfSignedByAll(LocalDate on) {
        agreement
                .versionReadyToTakeEffect(partners.partnersOn(on))
                .ifPresent(version -> apply(new AgreementTookEffect(partnershipId, version, on)));
    }

    @CommandHandler
    void handle(RaiseConflict command) {
        requireOpenOn(command.occurredOn());
        ConflictOpening opening = command.opening();
        partners.requirePartnerOn(opening.raisedBy(), command.occurredOn());
        opening.concerning().forEach(partner -> partners.requirePartnerOn(partner, command.occurredOn()));
        conflicts.checkRaise(command.conflictId());
        apply(new ConflictRaised(
                partnershipId,
                command.conflictId(),
                opening.raisedBy(),
                opening.concerning(),
                opening.topic(),
                opening.description(),
                opening.category(),
                command.occurredOn()));
    }

    @CommandHandler
    void handle(RecordConflictStep command) {
        requireOpenOn(command.occurredOn());
        conflicts.checkStep(command.conflictId());
        apply(new ConflictStepRecorded(partnershipId, command.conflictId(), command.note(), command.occurredOn()));
    }

    @CommandHandler
    void handle(EscalateConflict command) {
        requireOpenOn(command.occurredOn());
        MediatorRef mediator = conflicts.checkEscalation(
                command.conflictId(), mediatorNamedInAgreement(), Optional.ofNullable(command.appointedMediator()));
        apply(new ConflictEscalated(partnershipId, command.conflictId(), mediator, command.occurredOn()));
    }

    @CommandHandler
    void handle(RecordMediationSession command) {
        requireOpenOn(command.occurredOn());
        conflicts.checkMediationSession(command.conflictId());
        apply(new MediationSessionRecorded(partnershipId, command.conflictId(), command.note(), command.occurredOn()));
    }

    @CommandHandler
    void handle(ResolveConflict command) {
        requireOpenOn(command.occurredOn());
        conflicts.checkResolution(command.conflictId(), command.consentingPartners());
        apply(new ConflictResolved(
                partnershipId,
                command.conflictId(),
                command.resolution(),
                command.consentingPartners(),
                command.occurredOn()));
    }

    @CommandHandler
    void handle(AbandonConflict command) {
        requireOpenOn(command.occurredOn());
        conflicts.checkAbandonment(command.conflictId());
        apply(new ConflictAbandoned(partnershipId, command.conflictId(), command.reason(), command.occurredOn()));
    }

    @CommandHandler
    void handle(RecordMeeting command) {
        LocalDate heldOn = command.heldOn();
        requireOpenOn(heldOn);
        meetings.requireNewMeeting(command.meetingId());
        for (Attendee attendee : command.attendees()) {
            if (!attendee.attendsAsGuest()) {
                partners.requirePartnerOn(attendee.represents(), heldOn);
                partners.requireSpeaksFor(attendee.person(), attendee.represents());
            }
        }
        for (ProposalPut put : command.proposals()) {
            decisions.requireNewProposal(put.proposal().id());
            partners.requirePartnerOn(put.proposal().proposedBy(), heldOn);
        }
        apply(new MeetingRecorded(
                partnershipId,
                command.meetingId(),
                command.kind(),
                command.attendees(),
                command.agenda(),
                command.minutes(),
                heldOn));
        Set<PartnerId> current = partners.partnersOn(heldOn);
        for (ProposalPut put : command.proposals()) {
            ProposalId proposal = put.proposal().id();
            apply(new ProposalRecorded(partnershipId, put.proposal(), command.meetingId(), heldOn));
            put.stances().forEach(stance -> apply(new StanceRecorded(partnershipId, proposal, stance)));
            settleIf(proposal, DecisionRule.outcome(current, put.stances()), heldOn);
        }
    }

    @CommandHandler
    void handle(RecordStance command) {
        StanceGiven stance = command.stance();
        requireOpenOn(stance.givenOn());
        partners.requirePartnerOn(stance.partner(), stance.givenOn());
        partners.requireSpeaksFor(stance.by(), stance.partner());
        decisions.requireStanceAccepted(command.proposalId(), stance);
        Outcome outcome = decisions.outcomeAfter(command.proposalId(), stance, partners.partnersOn(stance.givenOn()));
        apply(new StanceRecorded(partnershipId, command.proposalId(), stance));
        settleIf(command.proposalId(), outcome, stance.givenOn());
    }

    @CommandHandler
    void handle(WithdrawProposal command) {
        requireOpenOn(command.occurredOn());
        decisions.requireWithdrawable(command.proposalId(), command.occurredOn());
        apply(new ProposalWithdrawn(partnershipId, command.proposalId(), command.reason(), command.occurredOn()));
    }

    @CommandHandler
    void handle(CorrectMinutes command) {
        requireOpenOn(command.occurredOn());
        meetings.requireCorrection(command.meetingId(), command.minutes(), command.occurredOn());
        apply(new MinutesCorrected(partnershipId, command.meetingId(), command.minutes(), command.occurredOn()));
    }

    /** Admission is itself a decision in agreement of the current partners. */
    @CommandHandler
    void handle(AdmitPartner command) {
        requireOpenOn(command.occurredOn());
        decisions.requireAdopted(command.decision());
        partners.requireNewPartner(command.partner(), command.occurredOn());
        apply(new PartnerAdmitted(partnershipId, command.partner(), command.decision(), command.occurredOn()));
        recheckPendingDecisions(command.occurredOn());
    }

    private void settleIf(ProposalId proposal, Outcome outcome, LocalDate on) {
        if (outcome.isSettled()) {
            apply(new DecisionReached(partnershipId, proposal, outcome, on));
        }
    }

    /** A decision not yet settled when the partners changed is decided by the partners of that day. */
    private void recheckPendingDecisions(LocalDate on) {
        decisions.recheck(partners.partnersOn(on)).forEach((proposal, outcome) -> settleIf(proposal, outcome, on));
    }

    /** Each partner keeps a diary of the partnership, so its author is one of the partners' representatives. */
    @CommandHandler
    void handle(RecordDiaryEntry command) {
        DiaryEntry entry = command.entry();
        requireOpenOn(entry.writtenOn());
        partners.requireRepresentative(entry.author());
        diaries.checkRecord(command.entryId());
        apply(new DiaryEntryRecorded(
                partnershipId, command.entryId(), entry.author(), entry.text(), entry.visibility(), entry.writtenOn()));
    }

    @CommandHandler
    void handle(ChangeDiaryEntryVisibility command) {
        diaries.checkVisibilityChange(command.entryId(), command.requestedBy(), command.visibility());
        apply(new DiaryEntryVisibilityChanged(
                partnershipId, command.entryId(), command.visibility(), command.occurredOn()));
    }

    private Optional<MediatorRef> mediatorNamedInAgreement() {
        return agreement.mediatorInForce().map(mediator -> new MediatorRef(mediator.name(), mediator.organisation()));
    }

    /** Without an agreement in force nobody owes notice. */
    private Period noticePeriodInForce() {
        return agreement.noticePeriodInForce().orElse(Period.ZERO);
    }

    /**
     * History is often entered afterwards: what happened before the partnership ended may still be
     * recorded, nothing dated on or after its end.
     */
    private void requireOpenOn(LocalDate date) {
        if (dissolvedOn != null && !date.isBefore(dissolvedOn)) {
            throw new PartnershipEnded(partnershipId, "dissolved", dissolvedOn, date);
        }
        if (closedOn != null && !date.isBefore(closedOn)) {
            throw new PartnershipEnded(partnershipId, "closed", closedOn, date);
        }
    }

    @EventSourcingHandler
    void on(PartnershipFormed event) {
        partnershipId = event.partnershipId();
        agreement = new Agreement(event.partnershipId());
        event.partners().forEach(partner -> partners.onJoined(partner, event.occurredOn()));
    }

    @EventSourcingHandler
    void on(RepresentativeAppointed event) {
        partners.onAppointed(event.person(), event.partner(), event.role());
    }

    @EventSourcingHandler
    void on(RepresentativeReplaced event) {
        partners.onReplaced(event.outgoing(), event.incoming());
    }

    @EventSourcingHandler
    void on(RepresentativeRemoved event) {
        partners.onRemoved(event.person());
    }

    @EventSourcingHandler
    void on(PartnerWithdrew event) {
        partners.onLeaving(event.partner(), event.effectiveOn());
    }

    @EventSourcingHandler
    void on(PartnershipDissolved event) {
        dissolvedOn = event.occurredOn();
    }

    @EventSourcingHandler
    void on(ConflictRaised event) {
        conflicts.onRaised(event.conflictId(), event.raisedBy(), event.concerning());
    }

    @EventSourcingHandler
    void on(ConflictStepRecorded event) {
        conflicts.onStepRecorded(event.conflictId());
    }

    @EventSourcingHandler
    void on(ConflictEscalated event) {
        conflicts.onEscalated(event.conflictId(), event.mediator());
    }

    @EventSourcingHandler
    void on(MediationSessionRecorded event) {
        conflicts.onMediationSessionRecorded(event.conflictId());
    }

    @EventSourcingHandler
    void on(ConflictResolved event) {
        conflicts.onResolved(event.conflictId());
    }

    @EventSourcingHandler
    void on(ConflictAbandoned event) {
        conflicts.onAbandoned(event.conflictId());
    }

    @EventSourcingHandler
    void on(DiaryEntryRecorded event) {
        diaries.onRecorded(event.entryId(), event.author(), event.visibility());
    }

    @EventSourcingHandler
    void on(DiaryEntryVisibilityChanged event) {
        diaries.onVisibilityChanged(event.entryId(), event.visibility());
    }

    @EventSourcingHandler
    void on(MeetingRecorded event) {
        meetings.onRecorded(event.meetingId(), event.kind(), event.occurredOn(), event.minutes());
    }

    @EventSourcingHandler
    void on(ProposalRecorded event) {
        decisions.onProposed(event.proposal(), event.meetingId(), event.occurredOn());
    }

    @EventSourcingHandler
    void on(StanceRecorded event) {
        decisions.onStance(event.proposalId(), event.stance());
    }

    @EventSourcingHandler
    void on(DecisionReached event) {
        decisions.onOutcome(event.proposalId(), event.outcome(), event.occurredOn());
    }

    @EventSourcingHandler
    void on(ProposalWithdrawn event) {
        decisions.onWithdrawn(event.proposalId(), event.occurredOn());
    }

    @EventSourcingHandler
    void on(MinutesCorrected event) {
        meetings.onMinutesCorrected(event.meetingId(), event.minutes(), event.occurredOn());
    }

    @EventSourcingHandler
    void on(PartnerAdmitted event) {
        partners.onJoined(event.partner(), event.occurredOn());
    }

    @EventSourcingHandler
    void on(AgreementProposed event) {
        agreement.onProposed(
                event.version(), event.content(), event.contentHash(), event.proposedBy(), event.occurredOn());
    }

    @EventSourcingHandler
    void on(AgreementSigned event) {
        agreement.onSigned(event.version(), event.partner(), event.signatory(), event.occurredOn());
    }

    @EventSourcingHandler
    void on(AgreementTookEffect event) {
        agreement.onTookEffect(event.version(), event.occurredOn());
    }

    @EventSourcingHandler
    void on(PartnershipClosed event) {
        closedOn = event.occurredOn();
    }
}
