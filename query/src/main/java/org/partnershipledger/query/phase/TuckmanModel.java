package org.partnershipledger.query.phase;

import static org.partnershipledger.query.phase.TuckmanModel.Phase.ADJOURNING;
import static org.partnershipledger.query.phase.TuckmanModel.Phase.FORMING;
import static org.partnershipledger.query.phase.TuckmanModel.Phase.NORMING;
import static org.partnershipledger.query.phase.TuckmanModel.Phase.PERFORMING;
import static org.partnershipledger.query.phase.TuckmanModel.Phase.STORMING;

import java.util.Arrays;
import java.util.List;
import org.partnershipledger.core.decision.Outcome;
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
 * Tuckman's stages of group development (forming, storming, norming, performing, adjourning), read from
 * the same events as FIRO so a researcher can compare the two interpretations. The rules, applied to each
 * event in order of its domain date:
 *
 * <ol>
 *   <li>The partnership's formation starts <b>forming</b>; a partner admitted or a representative replaced
 *       starts it again, as the group forms anew around the newcomer.
 *   <li>A conflict raised, a decision blocked by a partner's objection, or a partner withdrawing moves the
 *       group to <b>storming</b>, from any stage.
 *   <li>An agreement taking effect with no conflict open sets the group's norms: <b>norming</b>; so does
 *       resolving or abandoning the last open conflict while an agreement is in force. A group already
 *       performing goes on performing when an amended agreement takes effect.
 *   <li>A decision adopted in agreement while an agreement is in force and no conflict is open shows the
 *       group doing its work together: <b>performing</b>.
 *   <li>Closing or dissolution is <b>adjourning</b>, a final interval of its own that starts and ends on the
 *       partnership's last day; nothing after it counts.
 * </ol>
 *
 * Any other event leaves the stage as it is, and a move to the current stage starts no new interval.
 */
public final class TuckmanModel implements PhaseModel {

    public static final String NAME = "tuckman";

    enum Phase {
        FORMING,
        STORMING,
        NORMING,
        PERFORMING,
        ADJOURNING
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
        return PhaseRules.fold(NAME, history, TuckmanModel::next);
    }

    /** The rules of the class comment, in the same order. */
    static Phase next(Phase current, PartnershipEvent event, GroupFacts group) {
        if (event instanceof PartnershipFormed) {
            return FORMING;
        }
        if (current == null) {
            return null;
        }
        if (event instanceof PartnerAdmitted || event instanceof RepresentativeReplaced) {
            return FORMING;
        }
        if (event instanceof ConflictRaised || event instanceof PartnerWithdrew || outcome(event) == Outcome.BLOCKED) {
            return STORMING;
        }
        if (event instanceof AgreementTookEffect && !group.conflictOpen()) {
            return current == PERFORMING ? PERFORMING : NORMING;
        }
        if (GroupFacts.endsConflict(event) && group.settled()) {
            return NORMING;
        }
        if (outcome(event) == Outcome.ADOPTED && group.settled()) {
            return PERFORMING;
        }
        if (TimelineBuilder.endsPartnership(event)) {
            return ADJOURNING;
        }
        return current;
    }

    private static Outcome outcome(PartnershipEvent event) {
        return event instanceof DecisionReached decision ? decision.outcome() : null;
    }
}
