package org.partnershipledger.core.partnership;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.diary.Diaries;
import org.partnershipledger.core.diary.DiaryEntry;
import org.partnershipledger.core.partnership.ClosePartnership.ClosingReason;
import org.partnershipledger.core.partnership.Partners.Representation;
import org.partnershipledger.core.partnership.PartnershipRules.AlreadyOpenToResearch;
import org.partnershipledger.core.partnership.PartnershipRules.PartnershipEnded;
import org.partnershipledger.core.partnership.PartnershipRules.TermNotEnded;

/**
 * A partnership between equal partners, rebuilt from its events: one history per partnership, in which
 * every decision about it is checked against everything else on record. The partners and the people who
 * represent them are kept here; the agreement, the decisions and the conflicts in parts of their own.
 *
 * <p>Its state is snapshotted as its fields are: the revision names their shape, and is raised whenever a
 * field of the aggregate or of its parts is added, removed or changes meaning, so that snapshots of the
 * old shape are passed over and the aggregate is rebuilt from its events instead.
 */
@AggregateRoot
@Revision("2")
public class Partnership {

    @AggregateIdentifier
    private PartnershipId partnershipId;

    private final Partners partners = new Partners();
    private final Diaries diaries = new Diaries();

    @AggregateMember
    private final PartnershipAgreement agreement = new PartnershipAgreement(this);

    @AggregateMember
    private final PartnershipDecisions decisions = new PartnershipDecisions(this);

    @AggregateMember
    private final PartnershipConflicts conflicts = new PartnershipConflicts(this);

    private LocalDate dissolvedOn;
    private LocalDate closedOn;
    private LocalDate openedToResearchOn;

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
        requireOpenOn(command.occurredOn());
        partners.requirePartnerOn(command.partner(), command.occurredOn());
        partners.requireNoNoticeGiven(command.partner());
        LocalDate effectiveOn = command.occurredOn().plus(agreement.noticePeriodInForce());
        apply(new PartnerWithdrew(
                partnershipId, command.partner(), command.reason(), command.occurredOn(), effectiveOn));
        if (effectiveOn.equals(command.occurredOn())) {
            decisions.recheckPendingDecisions(effectiveOn);
            agreement.takeEffectIfSignedByAll(effectiveOn);
        }
        redecideDissolution(command.occurredOn());
    }

    /**
     * Whether, and on which day, the partnership dissolves follows from every notice given and every
     * partner admitted so far, so it is decided again whenever they change before that day: an admission
     * can leave two partners after all (the dissolution is cancelled), another notice can bring the day
     * forward. Each new decision is a new event; what was recorded before stays as it was.
     */
    void redecideDissolution(LocalDate on) {
        Optional<LocalDate> day = partners.dissolutionDayFrom(on);
        if (day.isPresent() && !day.get().equals(dissolvedOn)) {
            apply(new PartnershipDissolved(partnershipId, "Fewer than two partners remain", day.get()));
        } else if (day.isEmpty() && dissolvedOn != null) {
            apply(new DissolutionCancelled(partnershipId, dissolvedOn, "Two or more partners remain", on));
        }
    }

    @CommandHandler
    void handle(RecordPhaseObservation command) {
        requireOpenOn(command.occurredOn());
        apply(new PhaseObserved(
                partnershipId, command.observer(), command.phase(), command.note(), command.occurredOn()));
    }

    @CommandHandler
    void handle(ClosePartnership command) {
        requireOpenOn(command.occurredOn());
        if (command.reason() == ClosingReason.DECIDED) {
            decisions.requireAdopted(command.proposalId());
        } else {
            LocalDate termEndsOn = agreement.termEndsOn().orElse(null);
            if (termEndsOn == null || termEndsOn.isAfter(command.occurredOn())) {
                throw new TermNotEnded(partnershipId, termEndsOn, command.occurredOn());
            }
        }
        apply(new PartnershipClosed(partnershipId, command.reason(), command.proposalId(), command.occurredOn()));
    }

    /** Opening a history to research shows researchers what partners wrote, so it is decided in agreement. */
    @CommandHandler
    void handle(OpenToResearch command) {
        requireOpenOn(command.occurredOn());
        if (openedToResearchOn != null) {
            throw new AlreadyOpenToResearch(partnershipId, openedToResearchOn);
        }
        decisions.requireAdopted(command.proposalId());
        apply(new OpenedToResearch(partnershipId, command.proposalId(), command.occurredOn()));
    }

    /**
     * A partner witnesses a checkpoint through one of its current representatives, in any state of the
     * partnership: a closed history is worth witnessing too. That the hash is the chain's is checked where
     * the chain can be read, before the command is sent.
     */
    @CommandHandler
    void handle(WitnessCheckpoint command) {
        partners.requireSpeaksFor(command.witness(), command.partner());
        apply(new CheckpointWitnessed(
                partnershipId,
                command.partner(),
                command.witness(),
                command.headHash(),
                command.eventCount(),
                command.occurredOn()));
    }

    /** Each partner keeps a diary of the partnership, so its author is one of the partners' representatives. */
    @CommandHandler
    void handle(RecordDiaryEntry command) {
        DiaryEntry entry = command.entry();
        requireOpenOn(entry.occurredOn());
        partners.requireRepresentative(entry.author());
        diaries.checkRecord(command.entryId());
        apply(new DiaryEntryRecorded(
                partnershipId,
                command.entryId(),
                entry.author(),
                entry.text(),
                entry.visibility(),
                entry.occurredOn()));
    }

    @CommandHandler
    void handle(ChangeDiaryEntryVisibility command) {
        diaries.checkVisibilityChange(command.entryId(), command.requestedBy(), command.visibility());
        apply(new DiaryEntryVisibilityChanged(
                partnershipId, command.entryId(), command.visibility(), command.occurredOn()));
    }

    /**
     * History is often entered afterwards: what happened before the partnership ended may still be
     * recorded, nothing dated on or after its end.
     */
    void requireOpenOn(LocalDate date) {
        if (dissolvedOn != null && !date.isBefore(dissolvedOn)) {
            throw new PartnershipEnded(partnershipId, "dissolved", dissolvedOn, date);
        }
        if (closedOn != null && !date.isBefore(closedOn)) {
            throw new PartnershipEnded(partnershipId, "closed", closedOn, date);
        }
    }

    PartnershipId id() {
        return partnershipId;
    }

    Partners partners() {
        return partners;
    }

    PartnershipAgreement agreement() {
        return agreement;
    }

    @EventSourcingHandler
    void on(PartnershipFormed event) {
        partnershipId = event.partnershipId();
        event.partners().forEach(partner -> partners.onJoined(partner, event.occurredOn()));
    }

    @EventSourcingHandler
    void on(RepresentativeAppointed event) {
        partners.onAppointed(event.person(), event.partner(), event.role(), event.occurredOn());
    }

    @EventSourcingHandler
    void on(RepresentativeReplaced event) {
        partners.onReplaced(event.outgoing(), event.incoming(), event.occurredOn());
    }

    @EventSourcingHandler
    void on(RepresentativeRemoved event) {
        partners.onRemoved(event.person(), event.occurredOn());
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
    void on(DissolutionCancelled event) {
        dissolvedOn = null;
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
    void on(PartnerAdmitted event) {
        partners.onJoined(event.partner(), event.occurredOn());
    }

    @EventSourcingHandler
    void on(PartnershipClosed event) {
        closedOn = event.occurredOn();
    }

    @EventSourcingHandler
    void on(OpenedToResearch event) {
        openedToResearchOn = event.occurredOn();
    }
}
