package org.partnershipledger.core.partnership;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.conflict.ConflictOpening;
import org.partnershipledger.core.conflict.Conflicts;
import org.partnershipledger.core.conflict.MediatorRef;
import org.partnershipledger.core.diary.Diaries;
import org.partnershipledger.core.diary.DiaryEntry;
import org.partnershipledger.core.partnership.Partners.Representation;
import org.partnershipledger.core.partnership.PartnershipRules.PartnershipEnded;

/**
 * A partnership between equal partners, rebuilt from its events: one history per partnership, in which
 * every decision about it is checked against everything else on record.
 */
@AggregateRoot
public class Partnership {

    @AggregateIdentifier
    private PartnershipId partnershipId;

    private final Partners partners = new Partners();
    private final Conflicts conflicts = new Conflicts();
    private final Diaries diaries = new Diaries();
    private LocalDate dissolvedOn;

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

    /** No agreement is in force yet, so no mediator is named in one. */
    private Optional<MediatorRef> mediatorNamedInAgreement() {
        return Optional.empty();
    }

    /** No agreement is in force yet, so nobody owes notice. */
    private Period noticePeriodInForce() {
        return Period.ZERO;
    }

    /**
     * History is often entered afterwards: what happened before the partnership ended may still be
     * recorded, nothing dated on or after its end.
     */
    private void requireOpenOn(LocalDate date) {
        if (dissolvedOn != null && !date.isBefore(dissolvedOn)) {
            throw new PartnershipEnded(partnershipId, "dissolved", dissolvedOn, date);
        }
    }

    @EventSourcingHandler
    void on(PartnershipFormed event) {
        partnershipId = event.partnershipId();
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
}
