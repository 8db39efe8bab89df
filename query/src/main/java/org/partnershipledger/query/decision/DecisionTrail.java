package org.partnershipledger.query.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.partnershipledger.core.decision.Outcome;
import org.partnershipledger.core.decision.Proposal;
import org.partnershipledger.core.decision.StanceGiven;
import org.partnershipledger.core.partnership.AgreementProposed;
import org.partnershipledger.core.partnership.AgreementTookEffect;
import org.partnershipledger.core.partnership.DecisionReached;
import org.partnershipledger.core.partnership.DecisionReopened;
import org.partnershipledger.core.partnership.MeetingRecorded;
import org.partnershipledger.core.partnership.OutsideRecord;
import org.partnershipledger.core.partnership.PartnershipEvent;
import org.partnershipledger.core.partnership.ProposalRecorded;
import org.partnershipledger.core.partnership.ProposalRetracted;
import org.partnershipledger.core.partnership.StanceConfirmed;
import org.partnershipledger.core.partnership.StanceContested;
import org.partnershipledger.core.partnership.StanceRecorded;
import org.partnershipledger.query.history.HistoryEvent;

/**
 * The decision audit trail of one partnership as a fold over its history: every proposal, the meeting
 * (or written procedure) it came from, each partner's stance, the outcome and the agreement version in force
 * when it was reached. Immutable: {@link #apply}
 * returns the trail after one more event, so the projection and time travel share exactly this logic.
 */
public final class DecisionTrail {

    /** A proposal's view and the stream position it was recorded at, which orders proposals put on one day. */
    record Tracked(long sequence, DecisionView view) {}

    /** An agreement version that took effect on a day, at a stream position, with the content hash signed. */
    record TookEffect(long sequence, LocalDate from, int version, String contentHash) {}

    private static final Comparator<TookEffect> IN_FORCE_ORDER =
            Comparator.comparing(TookEffect::from).thenComparingLong(TookEffect::sequence);

    private static final Comparator<Tracked> IN_DOMAIN_ORDER = Comparator.comparing(
                    (Tracked tracked) -> tracked.view().proposedOn())
            .thenComparingLong(Tracked::sequence);

    // Both in stream order, so a stored trail is the same byte for byte after a replay.
    private final Map<String, String> meetingKinds;
    private final Map<String, Tracked> proposals;
    // Content hash by version number, and the versions that took effect, both in stream order.
    private final Map<Integer, String> contentHashes;
    private final List<TookEffect> tookEffect;
    // Only a fold in {@link #of} owns its maps and changes them in place: copying them for every event
    // would make a long history cost the square of its length.
    private final boolean folding;

    private DecisionTrail(
            Map<String, String> meetingKinds,
            Map<String, Tracked> proposals,
            Map<Integer, String> contentHashes,
            List<TookEffect> tookEffect) {
        this(meetingKinds, proposals, contentHashes, tookEffect, false);
    }

    private DecisionTrail(
            Map<String, String> meetingKinds,
            Map<String, Tracked> proposals,
            Map<Integer, String> contentHashes,
            List<TookEffect> tookEffect,
            boolean folding) {
        this.meetingKinds = meetingKinds;
        this.proposals = proposals;
        this.contentHashes = contentHashes;
        this.tookEffect = tookEffect;
        this.folding = folding;
    }

    public static DecisionTrail empty() {
        return new DecisionTrail(Map.of(), Map.of(), Map.of(), List.of());
    }

    /** A trail as it was stored: the kind of each meeting by meeting id, and the proposals so far. */
    static DecisionTrail restore(Map<String, String> meetingKinds, Collection<Tracked> proposals) {
        return restore(meetingKinds, List.of(), proposals);
    }

    /** A trail as it was stored, with the agreement versions that took effect, to name the one in force. */
    static DecisionTrail restore(
            Map<String, String> meetingKinds, List<TookEffect> tookEffect, Collection<Tracked> proposals) {
        Map<String, Tracked> byId = new LinkedHashMap<>();
        proposals.forEach(tracked -> byId.put(tracked.view().proposalId(), tracked));
        return new DecisionTrail(
                Collections.unmodifiableMap(new LinkedHashMap<>(meetingKinds)),
                byId,
                Map.of(),
                List.copyOf(tookEffect));
    }

    /** Every proposal in the history, in the order put (domain date, then stream position). */
    public static List<DecisionView> of(List<HistoryEvent> history) {
        DecisionTrail trail = new DecisionTrail(
                new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(), new ArrayList<>(), true);
        for (HistoryEvent event : history) {
            trail = trail.apply(event);
        }
        return trail.decisions();
    }

    public DecisionTrail apply(HistoryEvent event) {
        return apply(event.sequence(), event.event());
    }

    /** The trail after one event at the given stream position; events not about decisions change nothing. */
    DecisionTrail apply(long sequence, PartnershipEvent event) {
        if (event instanceof MeetingRecorded meeting && folding) {
            meetingKinds.put(meeting.meetingId().value(), meeting.kind().name());
            return this;
        }
        if (event instanceof MeetingRecorded meeting) {
            Map<String, String> kinds = new LinkedHashMap<>(meetingKinds);
            kinds.put(meeting.meetingId().value(), meeting.kind().name());
            return new DecisionTrail(Collections.unmodifiableMap(kinds), proposals, contentHashes, tookEffect);
        }
        if (event instanceof AgreementProposed proposed) {
            return withContentHash(proposed.version(), proposed.contentHash().value());
        }
        if (event instanceof AgreementTookEffect took) {
            return withTookEffect(
                    new TookEffect(sequence, took.occurredOn(), took.version(), contentHashes.get(took.version())));
        }
        if (event instanceof ProposalRecorded recorded) {
            return withProposal(new Tracked(sequence, proposed(recorded)));
        }
        // The ledger records stances, decisions and retractions only on a proposal it knows, dated no earlier,
        // so a history cut by date or record time keeps the proposal of every such event; if one ever lacks
        // it, the trail stays as it is rather than fail a reader.
        if (event instanceof StanceRecorded stance
                && proposals.containsKey(stance.proposalId().value())) {
            Tracked tracked = proposals.get(stance.proposalId().value());
            return withProposal(new Tracked(tracked.sequence(), withStance(tracked.view(), stance)));
        }
        if (event instanceof StanceConfirmed confirmed
                && proposals.containsKey(confirmed.proposalId().value())) {
            return answered(
                    confirmed.proposalId().value(),
                    confirmed.partner().value(),
                    StanceView.CONFIRMED,
                    confirmed.confirmedBy().value(),
                    confirmed.occurredOn());
        }
        if (event instanceof StanceContested contested
                && proposals.containsKey(contested.proposalId().value())) {
            return answered(
                    contested.proposalId().value(),
                    contested.partner().value(),
                    StanceView.CONTESTED,
                    contested.contestedBy().value(),
                    contested.occurredOn());
        }
        if (event instanceof DecisionReopened reopened
                && proposals.containsKey(reopened.proposalId().value())) {
            Tracked tracked = proposals.get(reopened.proposalId().value());
            return withProposal(
                    new Tracked(tracked.sequence(), tracked.view().settled(Outcome.PENDING.name(), null, null)));
        }
        if (event instanceof DecisionReached reached
                && proposals.containsKey(reached.proposalId().value())) {
            Tracked tracked = proposals.get(reached.proposalId().value());
            return withProposal(new Tracked(
                    tracked.sequence(), tracked.view().settled(reached.outcome().name(), reached.occurredOn(), null)));
        }
        if (event instanceof ProposalRetracted retracted
                && proposals.containsKey(retracted.proposalId().value())) {
            Tracked tracked = proposals.get(retracted.proposalId().value());
            return withProposal(new Tracked(
                    tracked.sequence(),
                    tracked.view().settled(Outcome.RETRACTED.name(), retracted.occurredOn(), retracted.reason())));
        }
        return this;
    }

    /** The persons a decision names: who gave, recorded and answered its stances. */
    public static List<String> persons(DecisionView decision) {
        return decision.stances().stream()
                .flatMap(stance -> Stream.of(stance.givenBy(), stance.recordedBy(), stance.answeredBy()))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    /**
     * Every proposal so far, in the order put (domain date, then stream position), each settled one with the
     * agreement version in force on the day it was settled: the last to take effect by then.
     */
    public List<DecisionView> decisions() {
        List<TookEffect> inOrder = tookEffect.stream().sorted(IN_FORCE_ORDER).toList();
        return tracked().stream()
                .map(Tracked::view)
                .map(view -> withVersionInForce(view, inOrder))
                .toList();
    }

    private static DecisionView withVersionInForce(DecisionView view, List<TookEffect> inOrder) {
        VersionInForce inForce = null;
        if (view.reachedOn() != null) {
            for (TookEffect took : inOrder) {
                if (took.from().isAfter(view.reachedOn())) {
                    break;
                }
                inForce = new VersionInForce(took.version(), took.contentHash());
            }
        }
        return view.underVersion(inForce);
    }

    List<Tracked> tracked() {
        return proposals.values().stream().sorted(IN_DOMAIN_ORDER).toList();
    }

    Map<String, String> meetingKinds() {
        return meetingKinds;
    }

    /** Whether a reader's outcome filter names an outcome (any letter case), so an unknown one can be rejected. */
    public static boolean isOutcome(String name) {
        return name != null
                && Stream.of(Outcome.values())
                        .anyMatch(outcome -> outcome.name().equalsIgnoreCase(name));
    }

    /** The decisions with the given outcome (any letter case) proposed within the inclusive date range. */
    public static List<DecisionView> filter(
            List<DecisionView> decisions, Optional<String> outcome, Optional<LocalDate> from, Optional<LocalDate> to) {
        Optional<String> wanted = outcome.map(name -> name.toUpperCase(Locale.ROOT));
        return decisions.stream()
                .filter(decision -> wanted.map(decision.outcome()::equals).orElse(true))
                .filter(decision -> from.map(start -> !decision.proposedOn().isBefore(start))
                        .orElse(true))
                .filter(decision ->
                        to.map(end -> !decision.proposedOn().isAfter(end)).orElse(true))
                .toList();
    }

    private DecisionTrail withProposal(Tracked tracked) {
        if (folding) {
            proposals.put(tracked.view().proposalId(), tracked);
            return this;
        }
        Map<String, Tracked> changed = new LinkedHashMap<>(proposals);
        changed.put(tracked.view().proposalId(), tracked);
        return new DecisionTrail(meetingKinds, changed, contentHashes, tookEffect);
    }

    private DecisionTrail withContentHash(int version, String contentHash) {
        if (folding) {
            contentHashes.put(version, contentHash);
            return this;
        }
        Map<Integer, String> changed = new LinkedHashMap<>(contentHashes);
        changed.put(version, contentHash);
        return new DecisionTrail(meetingKinds, proposals, Collections.unmodifiableMap(changed), tookEffect);
    }

    private DecisionTrail withTookEffect(TookEffect took) {
        if (folding) {
            tookEffect.add(took);
            return this;
        }
        List<TookEffect> changed = new ArrayList<>(tookEffect);
        changed.add(took);
        return new DecisionTrail(meetingKinds, proposals, contentHashes, List.copyOf(changed));
    }

    private DecisionView proposed(ProposalRecorded recorded) {
        Proposal proposal = recorded.proposal();
        String meetingId =
                recorded.meetingId() == null ? null : recorded.meetingId().value();
        return new DecisionView(
                proposal.id().value(),
                meetingId,
                meetingId == null ? null : meetingKinds.get(meetingId),
                recorded.occurredOn(),
                proposal.text(),
                proposal.proposedBy().value(),
                proposal.concernsVersion(),
                List.of(),
                Outcome.PENDING.name(),
                null,
                null,
                null);
    }

    /** The partner's latest stance that counts, confirmed or contested; a contested one stays on record. */
    private DecisionTrail answered(String proposalId, String partner, String how, String by, LocalDate on) {
        Tracked tracked = proposals.get(proposalId);
        DecisionView view = tracked.view();
        List<StanceView> stances = new ArrayList<>(view.stances());
        for (int at = stances.size() - 1; at >= 0; at--) {
            StanceView stance = stances.get(at);
            if (stance.partner().equals(partner) && stance.recordedOnBehalf() && stance.counts()) {
                stances.set(at, stance.answered(how, by, on));
                break;
            }
        }
        return withProposal(new Tracked(tracked.sequence(), view.withStances(stances)));
    }

    /** Stances in the order given: a written stance entered late still goes after those given before it. */
    private static DecisionView withStance(DecisionView view, StanceRecorded recorded) {
        StanceGiven given = recorded.stance();
        OutsideRecord document = recorded.recordedOnBehalf();
        StanceView stance = document == null
                ? new StanceView(
                        given.partner().value(),
                        given.stance().name(),
                        given.givenBy().value(),
                        given.occurredOn(),
                        given.reason())
                : new StanceView(
                        given.partner().value(),
                        given.stance().name(),
                        given.givenBy().value(),
                        given.occurredOn(),
                        given.reason(),
                        true,
                        document.recordedBy().value(),
                        document.kind().name(),
                        document.date(),
                        document.reference(),
                        StanceView.UNANSWERED,
                        null,
                        null);
        List<StanceView> stances = new ArrayList<>(view.stances());
        int at = stances.size();
        while (at > 0 && stances.get(at - 1).givenOn().isAfter(stance.givenOn())) {
            at--;
        }
        stances.add(at, stance);
        return view.withStances(stances);
    }
}
