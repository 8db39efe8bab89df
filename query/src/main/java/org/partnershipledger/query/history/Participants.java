package org.partnershipledger.query.history;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.agreement.AgreementContent;
import org.partnershipledger.core.conflict.ConflictId;
import org.partnershipledger.core.partnership.AgreementProposed;
import org.partnershipledger.core.partnership.AgreementTookEffect;
import org.partnershipledger.core.partnership.ConflictEscalated;
import org.partnershipledger.core.partnership.ConflictRaised;
import org.partnershipledger.core.partnership.PartnerAdmitted;
import org.partnershipledger.core.partnership.PartnerWithdrew;
import org.partnershipledger.core.partnership.Partners;
import org.partnershipledger.core.partnership.PartnershipEvent;
import org.partnershipledger.core.partnership.PartnershipFormed;
import org.partnershipledger.core.partnership.RepresentativeAppointed;
import org.partnershipledger.core.partnership.RepresentativeRemoved;
import org.partnershipledger.core.partnership.RepresentativeReplaced;

/**
 * Who takes part in a partnership now, as its recorded history says: who represents which partner in which
 * roles, who ever did, who mediates, and which partners each conflict involves. Folded in recorded order,
 * as the aggregate does, so it agrees with the rules the ledger applies to the next command.
 */
public final class Participants {

    private final Partners partners;
    private final Set<PersonId> everRepresented;
    private final Map<Integer, PersonId> mediatorByVersion;
    private final Map<ConflictId, PersonId> appointedMediators;
    private final Map<ConflictId, Set<PartnerId>> involved;
    private PersonId mediatorInForce;

    private Participants() {
        this(new Partners(), Set.of(), Map.of(), Map.of(), Map.of(), null);
    }

    private Participants(
            Partners partners,
            Set<PersonId> everRepresented,
            Map<Integer, PersonId> mediatorByVersion,
            Map<ConflictId, PersonId> appointedMediators,
            Map<ConflictId, Set<PartnerId>> involved,
            PersonId mediatorInForce) {
        this.partners = partners;
        this.everRepresented = new HashSet<>(everRepresented);
        this.mediatorByVersion = new HashMap<>(mediatorByVersion);
        this.appointedMediators = new HashMap<>(appointedMediators);
        this.involved = new HashMap<>(involved);
        this.mediatorInForce = mediatorInForce;
    }

    public static Participants of(List<HistoryEvent> history) {
        return new Participants().followedBy(history);
    }

    /**
     * These participants and then the events recorded after them, as a new fold: this one stays as it was,
     * so it can still be read while the history goes on.
     */
    public Participants followedBy(List<HistoryEvent> later) {
        Participants participants = new Participants(
                partners.copy(), everRepresented, mediatorByVersion, appointedMediators, involved, mediatorInForce);
        later.forEach(recorded -> participants.apply(recorded.event()));
        return participants;
    }

    /** The partner a person represents now, and in which roles. */
    public Optional<Partners.Representation> representation(PersonId person) {
        return partners.representation(person);
    }

    /** Whether the person represents, or once represented, a partner here. */
    public boolean isMember(PersonId person) {
        return everRepresented.contains(person);
    }

    /** The mediator named in the agreement in force, or appointed to one of its conflicts. */
    public boolean isMediator(PersonId person) {
        return person.equals(mediatorInForce) || appointedMediators.containsValue(person);
    }

    /**
     * Whether the person mediates this conflict: the mediator named in the agreement mediates every
     * conflict, one appointed at an escalation only that conflict.
     */
    public boolean mediates(PersonId person, ConflictId conflict) {
        return person != null && (person.equals(mediatorInForce) || person.equals(appointedMediators.get(conflict)));
    }

    /** The partners a conflict is between: the one that raised it and those it concerns. */
    public Set<PartnerId> involvedIn(ConflictId conflict) {
        return involved.getOrDefault(conflict, Set.of());
    }

    private void apply(PartnershipEvent event) {
        if (event instanceof PartnershipFormed formed) {
            formed.partners().forEach(partner -> partners.onJoined(partner, formed.occurredOn()));
        } else if (event instanceof PartnerAdmitted admitted) {
            partners.onJoined(admitted.partner(), admitted.occurredOn());
        } else if (event instanceof PartnerWithdrew withdrew) {
            partners.onLeaving(withdrew.partner(), withdrew.effectiveOn());
        } else if (event instanceof RepresentativeAppointed appointed) {
            partners.onAppointed(appointed.person(), appointed.partner(), appointed.role(), appointed.occurredOn());
            everRepresented.add(appointed.person());
        } else if (event instanceof RepresentativeReplaced replaced) {
            partners.onReplaced(replaced.outgoing(), replaced.incoming(), replaced.occurredOn());
            everRepresented.add(replaced.incoming());
        } else if (event instanceof RepresentativeRemoved removed) {
            partners.onRemoved(removed.person(), removed.occurredOn());
        } else if (event instanceof AgreementProposed proposed) {
            mediatorByVersion.put(proposed.version(), mediatorOf(proposed.content()));
        } else if (event instanceof AgreementTookEffect inForce) {
            mediatorInForce = mediatorByVersion.get(inForce.version());
        } else if (event instanceof ConflictRaised raised) {
            Set<PartnerId> between = new LinkedHashSet<>(raised.concerning());
            between.add(raised.raisedBy());
            involved.put(raised.conflictId(), Set.copyOf(between));
        } else if (event instanceof ConflictEscalated escalated
                && escalated.mediator().person() != null) {
            appointedMediators.put(escalated.conflictId(), escalated.mediator().person());
        }
    }

    private static PersonId mediatorOf(AgreementContent content) {
        return content.dialogue().mediator() == null
                ? null
                : content.dialogue().mediator().person();
    }
}
