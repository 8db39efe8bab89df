package org.partnershipledger.core.decision;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnershipledger.core.PartnerId;

/**
 * The proposals of one partnership and how far each got toward a decision in agreement. The
 * {@code require...} methods decide whether a command may go ahead and never change anything; the
 * {@code on...} methods only take over what an event says. Whether the person giving a stance
 * represents that partner, and whether it is a current partner, is known to the partnership itself.
 */
public final class Decisions {

    /**
     * How long after a stance's document (the meeting, the letter) a representative of its partner may confirm
     * or contest a stance someone else recorded for it. After that it stands: minutes are read and answered
     * within a fortnight, and a decision cannot stay open to doubt for ever.
     */
    public static final Period ANSWER_PERIOD = Period.ofDays(14);

    private final Map<ProposalId, Entry> proposals = new LinkedHashMap<>();

    public void requireNewProposal(ProposalId proposalId) {
        if (proposals.containsKey(proposalId)) {
            throw new ProposalAlreadyRecordedException(proposalId);
        }
    }

    public void requireStanceAccepted(ProposalId proposalId, StanceGiven stance) {
        Entry entry = known(proposalId);
        if (entry.outcome.isSettled()) {
            throw ProposalSettledException.forStance(proposalId, entry.outcome);
        }
        StanceGiven earlier = entry.stances.get(stance.partner());
        if (earlier != null) {
            throw new StanceAlreadyGivenException(proposalId, stance.partner(), earlier.stance());
        }
        requireNotBefore(entry, stance.occurredOn());
    }

    public void requireRetractable(ProposalId proposalId, LocalDate retractedOn) {
        Entry entry = known(proposalId);
        if (entry.outcome.isSettled()) {
            throw ProposalSettledException.forRetraction(proposalId, entry.outcome);
        }
        requireNotBefore(entry, retractedOn);
    }

    /** The adopted proposal, for what may only happen by a decision in agreement. */
    public Proposal requireAdopted(ProposalId proposalId) {
        Entry entry = known(proposalId);
        if (entry.outcome != Outcome.ADOPTED) {
            throw new DecisionNotAdoptedException(proposalId, entry.outcome);
        }
        return entry.proposal;
    }

    /**
     * A stance someone else recorded for the partner, not yet confirmed or contested, within
     * {@link #ANSWER_PERIOD} of the day it was given.
     */
    public void requireAnswerable(ProposalId proposalId, PartnerId partner, LocalDate on) {
        Entry entry = known(proposalId);
        StanceGiven stance = entry.stances.get(partner);
        if (stance == null || !entry.recordedOnBehalf.contains(partner)) {
            throw new RecordedStanceRules.NotRecordedOnBehalf(proposalId, partner);
        }
        if (entry.answered.contains(partner)) {
            throw new RecordedStanceRules.AlreadyAnswered(proposalId, partner);
        }
        requireNotBefore(entry, on);
        LocalDate lastDay = stance.occurredOn().plus(ANSWER_PERIOD);
        if (on.isBefore(stance.occurredOn()) || on.isAfter(lastDay)) {
            throw new RecordedStanceRules.AnswerPeriodOver(proposalId, partner, lastDay, on);
        }
    }

    public Outcome outcome(ProposalId proposalId) {
        return known(proposalId).outcome;
    }

    /** The outcome once the partner's stance no longer counts, so a contest can reopen the decision. */
    public Outcome outcomeWithout(ProposalId proposalId, PartnerId partner, Set<PartnerId> currentPartners) {
        List<StanceGiven> stances = new ArrayList<>(known(proposalId).stances.values());
        stances.removeIf(stance -> stance.partner().equals(partner));
        return DecisionRule.outcome(currentPartners, stances);
    }

    /** The outcome the proposal would have once this stance is added, so the settling event can go with it. */
    public Outcome outcomeAfter(ProposalId proposalId, StanceGiven stance, Set<PartnerId> currentPartners) {
        List<StanceGiven> stances = new ArrayList<>(known(proposalId).stances.values());
        stances.add(stance);
        return DecisionRule.outcome(currentPartners, stances);
    }

    /**
     * The pending proposals that a change of partners settles, with their new outcome. A settled
     * decision stays as it was reached; only what was still open is judged by the new partner set.
     */
    public Map<ProposalId, Outcome> recheck(Set<PartnerId> currentPartners) {
        Map<ProposalId, Outcome> changed = new LinkedHashMap<>();
        proposals.forEach((id, entry) -> {
            if (entry.outcome == Outcome.PENDING) {
                Outcome now = DecisionRule.outcome(currentPartners, entry.stances.values());
                if (now != Outcome.PENDING) {
                    changed.put(id, now);
                }
            }
        });
        return Collections.unmodifiableMap(changed);
    }

    public Optional<Decision> decision(ProposalId proposalId) {
        return Optional.ofNullable(proposals.get(proposalId)).map(Entry::toDecision);
    }

    public void onProposed(Proposal proposal, MeetingId meeting, LocalDate proposedOn) {
        proposals.put(proposal.id(), new Entry(proposal, meeting, proposedOn));
    }

    public void onStance(ProposalId proposalId, StanceGiven stance) {
        onStance(proposalId, stance, false);
    }

    public void onStance(ProposalId proposalId, StanceGiven stance, boolean recordedOnBehalf) {
        Entry entry = proposals.get(proposalId);
        entry.stances.put(stance.partner(), stance);
        entry.answered.remove(stance.partner());
        if (recordedOnBehalf) {
            entry.recordedOnBehalf.add(stance.partner());
        } else {
            entry.recordedOnBehalf.remove(stance.partner());
        }
    }

    /** A contested stance leaves the count, so the partner can answer again. */
    public void onAnswered(ProposalId proposalId, PartnerId partner, boolean contested) {
        Entry entry = proposals.get(proposalId);
        if (contested) {
            entry.stances.remove(partner);
            entry.recordedOnBehalf.remove(partner);
        } else {
            entry.answered.add(partner);
        }
    }

    public void onReopened(ProposalId proposalId) {
        onOutcome(proposalId, Outcome.PENDING, null);
    }

    public void onOutcome(ProposalId proposalId, Outcome outcome, LocalDate reachedOn) {
        Entry entry = proposals.get(proposalId);
        entry.outcome = outcome;
        entry.reachedOn = reachedOn;
    }

    public void onRetracted(ProposalId proposalId, LocalDate retractedOn) {
        onOutcome(proposalId, Outcome.RETRACTED, retractedOn);
    }

    private Entry known(ProposalId proposalId) {
        Entry entry = proposals.get(proposalId);
        if (entry == null) {
            throw new UnknownProposalException(proposalId);
        }
        return entry;
    }

    private static void requireNotBefore(Entry entry, LocalDate date) {
        if (date.isBefore(entry.proposedOn)) {
            throw new PredatesProposalException(entry.proposal.id(), date, entry.proposedOn);
        }
    }

    private static final class Entry {
        private final Proposal proposal;
        private final MeetingId meeting;
        private final LocalDate proposedOn;
        private final Map<PartnerId, StanceGiven> stances = new LinkedHashMap<>();
        private final Set<PartnerId> recordedOnBehalf = new HashSet<>();
        private final Set<PartnerId> answered = new HashSet<>();
        private Outcome outcome = Outcome.PENDING;
        private LocalDate reachedOn;

        private Entry(Proposal proposal, MeetingId meeting, LocalDate proposedOn) {
            this.proposal = proposal;
            this.meeting = meeting;
            this.proposedOn = proposedOn;
        }

        private Decision toDecision() {
            return new Decision(proposal, meeting, proposedOn, List.copyOf(stances.values()), outcome, reachedOn);
        }

        // State rebuilt from the same events must compare equal (Axon's fixture checks this).
        @Override
        public boolean equals(Object other) {
            return other instanceof Entry entry && toDecision().equals(entry.toDecision());
        }

        @Override
        public int hashCode() {
            return proposal.id().hashCode();
        }
    }
}
