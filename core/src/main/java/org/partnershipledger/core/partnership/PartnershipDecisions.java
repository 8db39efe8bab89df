package org.partnershipledger.core.partnership;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.decision.Attendee;
import org.partnershipledger.core.decision.DecisionRule;
import org.partnershipledger.core.decision.Decisions;
import org.partnershipledger.core.decision.Meetings;
import org.partnershipledger.core.decision.Outcome;
import org.partnershipledger.core.decision.ProposalId;
import org.partnershipledger.core.decision.ProposalPut;
import org.partnershipledger.core.decision.StanceGiven;

/** Meetings of a partnership and the decisions its partners reach there, in agreement or not. */
final class PartnershipDecisions {

    /** The partnership this part belongs to; not state of its own. */
    private final transient Partnership partnership;

    private final Meetings meetings = new Meetings();
    private final Decisions decisions = new Decisions();

    PartnershipDecisions(Partnership partnership) {
        this.partnership = partnership;
    }

    void requireAdopted(ProposalId decision) {
        decisions.requireAdopted(decision);
    }

    @CommandHandler
    void handle(RecordMeeting command) {
        LocalDate heldOn = command.occurredOn();
        partnership.requireOpenOn(heldOn);
        meetings.requireNewMeeting(command.meetingId());
        for (Attendee attendee : command.attendees()) {
            if (!attendee.attendsAsGuest()) {
                partnership.partners().requirePartnerOn(attendee.represents(), heldOn);
                partnership.partners().requireSpeaksFor(attendee.person(), attendee.represents());
            }
        }
        for (ProposalPut put : command.proposals()) {
            decisions.requireNewProposal(put.proposal().id());
            partnership.partners().requirePartnerOn(put.proposal().proposedBy(), heldOn);
        }
        apply(new MeetingRecorded(
                partnership.id(),
                command.meetingId(),
                command.kind(),
                command.attendees(),
                command.agenda(),
                command.minutes(),
                heldOn));
        Set<PartnerId> current = partnership.partners().partnersOn(heldOn);
        for (ProposalPut put : command.proposals()) {
            ProposalId proposal = put.proposal().id();
            apply(new ProposalRecorded(partnership.id(), put.proposal(), command.meetingId(), heldOn));
            put.stances()
                    .forEach(stance -> apply(
                            new StanceRecorded(partnership.id(), proposal, stance, fromMinutes(command, stance))));
            settleIf(proposal, DecisionRule.outcome(current, put.stances()), heldOn);
        }
    }

    /** A stance given at a meeting by someone other than its recorder is recorded on its giver's behalf. */
    private static OutsideRecord fromMinutes(RecordMeeting command, StanceGiven stance) {
        if (command.recordedBy() == null || command.recordedBy().equals(stance.givenBy())) {
            return null;
        }
        return OutsideRecord.minutes(
                command.recordedBy(), command.occurredOn(), command.meetingId().value());
    }

    @CommandHandler
    void handle(RecordStance command) {
        StanceGiven stance = command.stance();
        partnership.requireOpenOn(stance.occurredOn());
        partnership.partners().requirePartnerOn(stance.partner(), stance.occurredOn());
        if (command.recordedOnBehalf() != null) {
            partnership.partners().requireRepresentativeOn(stance.givenBy(), stance.partner(), stance.occurredOn());
        } else {
            partnership.partners().requireSpeaksFor(stance.givenBy(), stance.partner());
        }
        decisions.requireStanceAccepted(command.proposalId(), stance);
        Outcome outcome = decisions.outcomeAfter(
                command.proposalId(), stance, partnership.partners().partnersOn(stance.occurredOn()));
        apply(new StanceRecorded(partnership.id(), command.proposalId(), stance, command.recordedOnBehalf()));
        settleIf(command.proposalId(), outcome, stance.occurredOn());
    }

    @CommandHandler
    void handle(ConfirmStance command) {
        partnership.requireOpenOn(command.occurredOn());
        partnership.partners().requireSpeaksFor(command.confirmedBy(), command.partner());
        decisions.requireAnswerable(command.proposalId(), command.partner(), command.occurredOn());
        apply(new StanceConfirmed(
                partnership.id(),
                command.proposalId(),
                command.partner(),
                command.confirmedBy(),
                command.occurredOn()));
    }

    /**
     * A contested stance no longer counts: a decision it helped settle is pending again until the partner
     * answers itself, so no decision stands on a stance its partner says it did not give.
     */
    @CommandHandler
    void handle(ContestStance command) {
        partnership.requireOpenOn(command.occurredOn());
        partnership.partners().requireSpeaksFor(command.contestedBy(), command.partner());
        decisions.requireAnswerable(command.proposalId(), command.partner(), command.occurredOn());
        Outcome before = decisions.outcome(command.proposalId());
        Outcome after = decisions.outcomeWithout(
                command.proposalId(), command.partner(), partnership.partners().partnersOn(command.occurredOn()));
        apply(new StanceContested(
                partnership.id(),
                command.proposalId(),
                command.partner(),
                command.contestedBy(),
                command.reason(),
                command.occurredOn()));
        if (before.isSettled() && before != Outcome.RETRACTED && after == Outcome.PENDING) {
            apply(new DecisionReopened(partnership.id(), command.proposalId(), before, command.occurredOn()));
        }
    }

    @CommandHandler
    void handle(RetractProposal command) {
        partnership.requireOpenOn(command.occurredOn());
        decisions.requireRetractable(command.proposalId(), command.occurredOn());
        apply(new ProposalRetracted(partnership.id(), command.proposalId(), command.reason(), command.occurredOn()));
    }

    @CommandHandler
    void handle(CorrectMinutes command) {
        partnership.requireOpenOn(command.occurredOn());
        meetings.requireCorrection(command.meetingId(), command.minutes(), command.occurredOn());
        apply(new MinutesCorrected(partnership.id(), command.meetingId(), command.minutes(), command.occurredOn()));
    }

    /** Admission is itself a decision in agreement of the current partnership.partners(). */
    @CommandHandler
    void handle(AdmitPartner command) {
        partnership.requireOpenOn(command.occurredOn());
        decisions.requireAdopted(command.proposalId());
        partnership.partners().requireNewPartner(command.partner(), command.occurredOn());
        apply(new PartnerAdmitted(partnership.id(), command.partner(), command.proposalId(), command.occurredOn()));
        recheckPendingDecisions(command.occurredOn());
        partnership.redecideDissolution(command.occurredOn());
    }

    private void settleIf(ProposalId proposal, Outcome outcome, LocalDate on) {
        if (outcome.isSettled()) {
            apply(new DecisionReached(partnership.id(), proposal, outcome, on));
        }
    }

    /** A decision not yet settled when the partners changed is decided by the partners of that day. */
    void recheckPendingDecisions(LocalDate on) {
        decisions
                .recheck(partnership.partners().partnersOn(on))
                .forEach((proposal, outcome) -> settleIf(proposal, outcome, on));
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
        decisions.onStance(event.proposalId(), event.stance(), event.recordedOnBehalf() != null);
    }

    @EventSourcingHandler
    void on(StanceConfirmed event) {
        decisions.onAnswered(event.proposalId(), event.partner(), false);
    }

    @EventSourcingHandler
    void on(StanceContested event) {
        decisions.onAnswered(event.proposalId(), event.partner(), true);
    }

    @EventSourcingHandler
    void on(DecisionReopened event) {
        decisions.onReopened(event.proposalId());
    }

    @EventSourcingHandler
    void on(DecisionReached event) {
        decisions.onOutcome(event.proposalId(), event.outcome(), event.occurredOn());
    }

    @EventSourcingHandler
    void on(ProposalRetracted event) {
        decisions.onRetracted(event.proposalId(), event.occurredOn());
    }

    @EventSourcingHandler
    void on(MinutesCorrected event) {
        meetings.onMinutesCorrected(event.meetingId(), event.minutes(), event.occurredOn());
    }
}
