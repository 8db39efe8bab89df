package org.partnershipledger.core.decision;

import java.time.LocalDate;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.RuleViolation;

/** The rules for confirming or contesting a stance someone else recorded for a partner, each a named refusal. */
public final class RecordedStanceRules {

    private RecordedStanceRules() {}

    /** Only a stance recorded on the partner's behalf is confirmed or contested; one it gave itself stands. */
    public static final class NotRecordedOnBehalf extends RuleViolation {
        public NotRecordedOnBehalf(ProposalId proposalId, PartnerId partner) {
            super(
                    "stance-not-recorded-on-behalf",
                    Kind.CONFLICTING_STATE,
                    "Partner " + partner + " has no stance on proposal " + proposalId
                            + " that someone else recorded for it");
        }
    }

    public static final class AlreadyAnswered extends RuleViolation {
        public AlreadyAnswered(ProposalId proposalId, PartnerId partner) {
            super(
                    "recorded-stance-already-answered",
                    Kind.CONFLICTING_STATE,
                    "The stance recorded for partner " + partner + " on proposal " + proposalId
                            + " was already confirmed or contested");
        }
    }

    public static final class AnswerPeriodOver extends RuleViolation {
        public AnswerPeriodOver(ProposalId proposalId, PartnerId partner, LocalDate lastDay, LocalDate requestedOn) {
            super(
                    "recorded-stance-answer-period-over",
                    Kind.CONFLICTING_STATE,
                    "The stance recorded for partner " + partner + " on proposal " + proposalId
                            + " could be confirmed or contested until " + lastDay + ", not on " + requestedOn
                            + "; it stands");
        }
    }
}
