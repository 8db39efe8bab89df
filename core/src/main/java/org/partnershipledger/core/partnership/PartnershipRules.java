package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import java.util.Set;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.RuleViolation;

/** The rules about partners and the people who represent them, each a named refusal. */
public final class PartnershipRules {

    private PartnershipRules() {}

    public static final class PartnershipEnded extends RuleViolation {
        public PartnershipEnded(PartnershipId partnershipId, String how, LocalDate endedOn, LocalDate requestedOn) {
            super(
                    "partnership-" + how,
                    Kind.CONFLICTING_STATE,
                    "Partnership " + partnershipId + " was " + how + " on " + endedOn + "; nothing dated " + requestedOn
                            + " can be recorded on it");
        }
    }

    public static final class NotAPartner extends RuleViolation {
        private final PartnerId partnerId;

        public NotAPartner(PartnerId partnerId, LocalDate on) {
            super("not-a-partner", Kind.CONFLICTING_STATE, partnerId + " is not a partner on " + on);
            this.partnerId = partnerId;
        }

        public PartnerId partnerId() {
            return partnerId;
        }
    }

    /** A partner becomes party to what it signs only once it has joined: a signature before that is refused. */
    public static final class SignaturePredatesMembership extends RuleViolation {
        public SignaturePredatesMembership(PartnerId partnerId, LocalDate joinedOn, LocalDate signedOn) {
            super(
                    "signature-predates-membership",
                    Kind.CONFLICTING_STATE,
                    partnerId + " joined the partnership on " + joinedOn + "; it cannot have signed on " + signedOn);
        }
    }

    public static final class AlreadyWithdrawing extends RuleViolation {
        public AlreadyWithdrawing(PartnerId partnerId, LocalDate effectiveOn) {
            super(
                    "already-withdrawing",
                    Kind.CONFLICTING_STATE,
                    partnerId + " has already given notice; the withdrawal takes effect on " + effectiveOn);
        }
    }

    public static final class RepresentsAnotherPartner extends RuleViolation {
        public RepresentsAnotherPartner(PersonId person, PartnerId represented) {
            super(
                    "represents-another-partner",
                    Kind.CONFLICTING_STATE,
                    "Person " + person + " already represents partner " + represented
                            + "; a person speaks for one partner only");
        }
    }

    public static final class AlreadyAppointed extends RuleViolation {
        public AlreadyAppointed(PersonId person, Role role) {
            super("already-appointed", Kind.CONFLICTING_STATE, "Person " + person + " already has the role " + role);
        }
    }

    public static final class SteeringGroupSeatsTaken extends RuleViolation {
        public SteeringGroupSeatsTaken(PartnerId partner, Set<PersonId> members) {
            super(
                    "steering-group-seats-taken",
                    Kind.CONFLICTING_STATE,
                    "Partner " + partner + " already has " + members.size() + " steering-group members " + members
                            + "; replace one instead");
        }
    }

    public static final class RoleTaken extends RuleViolation {
        public RoleTaken(Role role, PersonId holder) {
            super(
                    "role-taken",
                    Kind.CONFLICTING_STATE,
                    "The partnership's " + role + " is already " + holder + "; replace them instead");
        }
    }

    public static final class NotARepresentative extends RuleViolation {
        public NotARepresentative(PersonId person) {
            super("not-a-representative", Kind.CONFLICTING_STATE, "Person " + person + " represents no partner here");
        }
    }

    public static final class DoesNotRepresent extends RuleViolation {
        public DoesNotRepresent(PersonId person, PartnerId partner) {
            super(
                    "does-not-represent",
                    Kind.CONFLICTING_STATE,
                    "Person " + person + " does not represent partner " + partner + " and cannot speak for it");
        }
    }

    public static final class AlreadyAPartner extends RuleViolation {
        public AlreadyAPartner(String name) {
            super("already-a-partner", Kind.CONFLICTING_STATE, name + " is already a partner");
        }
    }

    /** An act recorded from a document counts only if its giver spoke for the partner on the document's date. */
    public static final class NotRepresentingOn extends RuleViolation {
        public NotRepresentingOn(PersonId person, PartnerId partner, String role, LocalDate on) {
            super(
                    "not-" + role + "-on-that-date",
                    Kind.CONFLICTING_STATE,
                    "Person " + person + " was not a " + role + " of partner " + partner + " on " + on
                            + ", the date of the document");
        }
    }

    public static final class NotASignatory extends RuleViolation {
        public NotASignatory(PersonId person, PartnerId partner) {
            super(
                    "not-a-signatory",
                    Kind.CONFLICTING_STATE,
                    "Person " + person + " is not a signatory of partner " + partner + " and cannot sign for it");
        }
    }

    public static final class TermNotEnded extends RuleViolation {
        public TermNotEnded(PartnershipId partnershipId, LocalDate termEndsOn, LocalDate requestedOn) {
            super(
                    "term-not-ended",
                    Kind.CONFLICTING_STATE,
                    termEndsOn == null
                            ? "Partnership " + partnershipId + " has no agreement in force with a term that ends"
                            : "The term of partnership " + partnershipId + " ends on " + termEndsOn + ", after "
                                    + requestedOn);
        }
    }

    public static final class AlreadyOpenToResearch extends RuleViolation {
        public AlreadyOpenToResearch(PartnershipId partnershipId, LocalDate openedOn) {
            super(
                    "already-open-to-research",
                    Kind.CONFLICTING_STATE,
                    "Partnership " + partnershipId + " opened its history to research on " + openedOn);
        }
    }
}
