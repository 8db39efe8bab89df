package org.partnershipledger.query.phase;

import static org.partnershipledger.query.phase.FiroModel.Phase.BELONGING;
import static org.partnershipledger.query.phase.FiroModel.Phase.CLOSENESS;
import static org.partnershipledger.query.phase.FiroModel.Phase.CONTROL;

import java.util.Arrays;
import java.util.List;
import org.partnershipledger.core.decision.Outcome;
import org.partnershipledger.core.partnership.AgreementProposed;
import org.partnershipledger.core.partnership.AgreementTookEffect;
import org.partnershipledger.core.partnership.ConflictRaised;
import org.partnershipledger.core.partnership.DecisionReached;
import org.partnershipledger.core.partnership.PartnerAdmitted;
import org.partnershipledger.core.partnership.PartnerWithdrew;
import org.partnershipledger.core.partnership.PartnershipEvent;
import org.partnershipledger.core.partnership.PartnershipFormed;
import org.partnershipledger.core.partnership.RepresentativeReplaced;
import org.partnershipledger.query.history.HistoryEvent;

/**
 * Schutz's FIRO phases (DOMAIN.md, "Group phases"): belonging, control, closeness, read from the ledger's
 * events. The default model. The rules, applied to each event in order of its domain date:
 *
 * <ol>
 *   <li>The partnership's formation starts <b>belonging</b>: the group assembles.
 *   <li>A partner admitted or a representative replaced sends the group back to <b>belonging</b>: it meets a
 *       newcomer and starts over with acceptance (the cycle DOMAIN.md describes).
 *   <li>A conflict raised moves the group to <b>control</b>, from belonging (a first conflict) as from
 *       closeness (a fall back).
 *   <li>A partner withdrawing moves the group to <b>control</b>: its roles are redistributed.
 *   <li>An agreement version proposed while the group is in belonging moves it to <b>control</b>: the
 *       partners negotiate responsibilities. Amending an agreement later does not by itself.
 *   <li>An agreement taking effect with no conflict open moves the group to <b>closeness</b>, and so does
 *       resolving or abandoning the last open conflict while an agreement is in force.
 *   <li>A decision adopted in agreement, while an agreement is in force and no conflict is open, moves the
 *       group one phase on (belonging to control, control to closeness). This is how a group comes back to
 *       closeness after a newcomer or a withdrawal, when nothing else in the ledger would show it.
 *   <li>Dissolution or closing ends the timeline: the last phase ends that day and nothing after it counts.
 * </ol>
 *
 * Any other event leaves the phase as it is, and a move to the current phase starts no new interval.
 */
public final class FiroModel implements PhaseModel {

    public static final String NAME = "firo";

    /** The same names a facilitator observes (core's {@code ObservedPhase}), so the two tracks compare. */
    enum Phase {
        BELONGING,
        CONTROL,
        CLOSENESS
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> phases() {
        return Arrays.stream(Phase.values()).map(Phase::name).toList();
    }

    @Override
    public Timeline timeline(List<HistoryEvent> history) {
        return PhaseRules.fold(NAME, history, FiroModel::next);
    }

    /** The rules of the class comment, in the same order. */
    static Phase next(Phase current, PartnershipEvent event, GroupFacts group) {
        if (event instanceof PartnershipFormed) {
            return BELONGING;
        }
        if (current == null) {
            return null;
        }
        if (event instanceof PartnerAdmitted || event instanceof RepresentativeReplaced) {
            return BELONGING;
        }
        if (event instanceof ConflictRaised || event instanceof PartnerWithdrew) {
            return CONTROL;
        }
        if (event instanceof AgreementProposed && current == BELONGING) {
            return CONTROL;
        }
        if (event instanceof AgreementTookEffect && !group.conflictOpen()) {
            return CLOSENESS;
        }
        if (GroupFacts.endsConflict(event) && group.settled()) {
            return CLOSENESS;
        }
        if (event instanceof DecisionReached decision && decision.outcome() == Outcome.ADOPTED && group.settled()) {
            return current == BELONGING ? CONTROL : CLOSENESS;
        }
        return current;
    }
}
