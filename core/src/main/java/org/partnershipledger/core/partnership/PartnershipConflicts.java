package org.partnershipledger.core.partnership;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.partnershipledger.core.conflict.ConflictOpening;
import org.partnershipledger.core.conflict.Conflicts;
import org.partnershipledger.core.conflict.MediatorRef;

/** The conflicts of a partnership, from raised to resolved or abandoned. */
final class PartnershipConflicts {

    /** The partnership this part belongs to; not state of its own. */
    private final transient Partnership partnership;

    private final Conflicts conflicts = new Conflicts();

    PartnershipConflicts(Partnership partnership) {
        this.partnership = partnership;
    }

    @CommandHandler
    void handle(RaiseConflict command) {
        partnership.requireOpenOn(command.occurredOn());
        ConflictOpening opening = command.opening();
        partnership.partners().requirePartnerOn(opening.raisedBy(), command.occurredOn());
        opening.concerning().forEach(partner -> partnership.partners().requirePartnerOn(partner, command.occurredOn()));
        conflicts.checkRaise(command.conflictId());
        apply(new ConflictRaised(
                partnership.id(),
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
        partnership.requireOpenOn(command.occurredOn());
        conflicts.checkStep(command.conflictId());
        apply(new ConflictStepRecorded(partnership.id(), command.conflictId(), command.note(), command.occurredOn()));
    }

    @CommandHandler
    void handle(EscalateConflict command) {
        partnership.requireOpenOn(command.occurredOn());
        MediatorRef mediator = conflicts.checkEscalation(
                command.conflictId(),
                partnership.agreement().mediatorNamedInAgreement(),
                Optional.ofNullable(command.appointedMediator()));
        apply(new ConflictEscalated(partnership.id(), command.conflictId(), mediator, command.occurredOn()));
    }

    @CommandHandler
    void handle(RecordMediationSession command) {
        partnership.requireOpenOn(command.occurredOn());
        conflicts.checkMediationSession(command.conflictId());
        apply(new MediationSessionRecorded(
                partnership.id(), command.conflictId(), command.note(), command.occurredOn()));
    }

    @CommandHandler
    void handle(ResolveConflict command) {
        partnership.requireOpenOn(command.occurredOn());
        conflicts.checkResolution(command.conflictId(), command.consentedBy());
        apply(new ConflictResolved(
                partnership.id(),
                command.conflictId(),
                command.resolution(),
                command.consentedBy(),
                command.occurredOn()));
    }

    @CommandHandler
    void handle(AbandonConflict command) {
        partnership.requireOpenOn(command.occurredOn());
        conflicts.checkAbandonment(command.conflictId());
        apply(new ConflictAbandoned(partnership.id(), command.conflictId(), command.reason(), command.occurredOn()));
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
}
