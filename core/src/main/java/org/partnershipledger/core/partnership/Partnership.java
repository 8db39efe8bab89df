package org.partnershipledger.core.partnership;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.time.Period;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.partnershipledger.core.PartnershipId;
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
}
