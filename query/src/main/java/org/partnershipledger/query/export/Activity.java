package org.partnershipledger.query.export;

import java.util.Locale;
import java.util.Optional;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.partnership.AgreementProposed;
import org.partnershipledger.core.partnership.AgreementSigned;
import org.partnershipledger.core.partnership.CheckpointWitnessed;
import org.partnershipledger.core.partnership.ConflictEscalated;
import org.partnershipledger.core.partnership.ConflictRaised;
import org.partnershipledger.core.partnership.DiaryEntryRecorded;
import org.partnershipledger.core.partnership.MeetingRecorded;
import org.partnershipledger.core.partnership.OutsideRecord;
import org.partnershipledger.core.partnership.PartnerWithdrew;
import org.partnershipledger.core.partnership.PartnershipEvent;
import org.partnershipledger.core.partnership.PartnershipFormed;
import org.partnershipledger.core.partnership.PhaseObserved;
import org.partnershipledger.core.partnership.ProposalRecorded;
import org.partnershipledger.core.partnership.RepresentativeAppointed;
import org.partnershipledger.core.partnership.RepresentativeRemoved;
import org.partnershipledger.core.partnership.RepresentativeReplaced;
import org.partnershipledger.core.partnership.StanceConfirmed;
import org.partnershipledger.core.partnership.StanceContested;
import org.partnershipledger.core.partnership.StanceRecorded;

/**
 * An event as process mining reads it: an activity named in words, and who did it: a person (by the id
 * the reader sees, a pseudonym for a researcher), the partner acted for, and the role acted in. Acts of
 * the partners together (a meeting, a decision, an agreement taking effect) are the steering group's.
 */
final class Activity {

    static final String STEERING_GROUP = "steering group";
    static final String FACILITATOR = "facilitator";
    static final String CONFLICT_PARTIES = "conflict parties";
    static final String DIARY_AUTHOR = "diary author";
    static final String REPRESENTATIVE = "representative";
    static final String OBSERVER = "observer";
    static final String MEDIATOR = "mediator";
    static final String SIGNATORY = "signatory";
    static final String WITNESS = "witness";
    static final String PARTNER = "partner";

    private Activity() {}

    /** {@code AgreementSigned} as "Agreement signed". */
    static String name(PartnershipEvent event) {
        String words = event.getClass().getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ");
        return words.charAt(0) + words.substring(1).toLowerCase(Locale.ROOT);
    }

    /** The person who acted, or whom the event is about. */
    static Optional<PersonId> person(PartnershipEvent event) {
        if (event instanceof RepresentativeAppointed appointed) {
            return Optional.of(appointed.person());
        } else if (event instanceof RepresentativeReplaced replaced) {
            return Optional.of(replaced.incoming());
        } else if (event instanceof RepresentativeRemoved removed) {
            return Optional.of(removed.person());
        } else if (event instanceof PhaseObserved observed) {
            return Optional.of(observed.observer());
        } else if (event instanceof ConflictEscalated escalated) {
            return Optional.ofNullable(escalated.mediator().person());
        } else if (event instanceof DiaryEntryRecorded entry) {
            return Optional.of(entry.author());
        } else if (event instanceof StanceRecorded stance) {
            return Optional.of(stance.stance().givenBy());
        } else if (event instanceof AgreementSigned signed) {
            return Optional.of(signed.signatory());
        } else if (event instanceof CheckpointWitnessed witnessed) {
            return Optional.of(witnessed.witness());
        } else if (event instanceof StanceConfirmed confirmed) {
            return Optional.of(confirmed.confirmedBy());
        } else if (event instanceof StanceContested contested) {
            return Optional.of(contested.contestedBy());
        }
        return Optional.empty();
    }

    /**
     * The document a signature or stance was recorded from by someone other than its giver; empty for one
     * given in the ledger and for every other event. Exports name its kind and date, never its reference.
     */
    static Optional<OutsideRecord> recordedOnBehalf(PartnershipEvent event) {
        if (event instanceof StanceRecorded stance) {
            return Optional.ofNullable(stance.recordedOnBehalf());
        } else if (event instanceof AgreementSigned signed) {
            return Optional.ofNullable(signed.recordedOnBehalf());
        }
        return Optional.empty();
    }

    /** Whether the event is a signature or a stance, the acts that can be recorded on someone's behalf. */
    static boolean mayBeRecordedOnBehalf(PartnershipEvent event) {
        return event instanceof StanceRecorded || event instanceof AgreementSigned;
    }

    /** The partner that acted, or for which a person acted. */
    static Optional<PartnerId> partner(PartnershipEvent event) {
        if (event instanceof RepresentativeAppointed appointed) {
            return Optional.of(appointed.partner());
        } else if (event instanceof RepresentativeReplaced replaced) {
            return Optional.of(replaced.partner());
        } else if (event instanceof RepresentativeRemoved removed) {
            return Optional.of(removed.partner());
        } else if (event instanceof PartnerWithdrew withdrew) {
            return Optional.of(withdrew.partner());
        } else if (event instanceof ConflictRaised raised) {
            return Optional.of(raised.raisedBy());
        } else if (event instanceof ProposalRecorded recorded) {
            return Optional.of(recorded.proposal().proposedBy());
        } else if (event instanceof StanceRecorded stance) {
            return Optional.of(stance.stance().partner());
        } else if (event instanceof AgreementProposed proposed) {
            return Optional.of(proposed.proposedBy());
        } else if (event instanceof AgreementSigned signed) {
            return Optional.of(signed.partner());
        } else if (event instanceof CheckpointWitnessed witnessed) {
            return Optional.of(witnessed.partner());
        } else if (event instanceof StanceConfirmed confirmed) {
            return Optional.of(confirmed.partner());
        } else if (event instanceof StanceContested contested) {
            return Optional.of(contested.partner());
        }
        return Optional.empty();
    }

    /** Who did it when no one person or partner is named. */
    static String collective(PartnershipEvent event) {
        if (event instanceof PartnershipFormed) {
            return FACILITATOR;
        }
        if (event instanceof MeetingRecorded meeting) {
            return meeting.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        String type = event.getClass().getSimpleName();
        if (type.startsWith("Conflict") || type.startsWith("Mediation")) {
            return CONFLICT_PARTIES;
        }
        if (type.startsWith("Diary")) {
            return DIARY_AUTHOR;
        }
        return STEERING_GROUP;
    }

    /**
     * The capacity the event was done in, XES's {@code org:role}: the named person's role in it, "partner"
     * when only a partner acted, else the collective that did it ("facilitator", "steering group", ...).
     * Kept apart from {@code org:resource}, which names persons only, so a resource analysis counts people.
     */
    static String role(PartnershipEvent event) {
        if (event instanceof RepresentativeAppointed appointed) {
            return appointed.role().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        } else if (event instanceof RepresentativeReplaced
                || event instanceof RepresentativeRemoved
                || event instanceof StanceRecorded
                || event instanceof StanceConfirmed
                || event instanceof StanceContested) {
            return REPRESENTATIVE;
        } else if (event instanceof PhaseObserved) {
            return OBSERVER;
        } else if (event instanceof ConflictEscalated) {
            return MEDIATOR;
        } else if (event instanceof DiaryEntryRecorded) {
            return DIARY_AUTHOR;
        } else if (event instanceof AgreementSigned) {
            return SIGNATORY;
        } else if (event instanceof CheckpointWitnessed) {
            return WITNESS;
        }
        return partner(event).isPresent() ? PARTNER : collective(event);
    }
}
