package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.partnership.PartnershipRules.AlreadyAPartner;
import org.partnershipledger.core.partnership.PartnershipRules.AlreadyAppointed;
import org.partnershipledger.core.partnership.PartnershipRules.AlreadyWithdrawing;
import org.partnershipledger.core.partnership.PartnershipRules.DoesNotRepresent;
import org.partnershipledger.core.partnership.PartnershipRules.NotAPartner;
import org.partnershipledger.core.partnership.PartnershipRules.NotARepresentative;
import org.partnershipledger.core.partnership.PartnershipRules.NotRepresentingOn;
import org.partnershipledger.core.partnership.PartnershipRules.RepresentsAnotherPartner;
import org.partnershipledger.core.partnership.PartnershipRules.RoleTaken;
import org.partnershipledger.core.partnership.PartnershipRules.SignaturePredatesMembership;
import org.partnershipledger.core.partnership.PartnershipRules.SteeringGroupSeatsTaken;

/**
 * Who the partners of one partnership are, over domain time, and who represents them.
 *
 * <p>A partner who gives notice stays a partner until the notice has run, so membership is asked "on a
 * date". The {@code require} methods decide and never change anything; the {@code on} methods only
 * record what an event says.
 */
public final class Partners {

    /** The steering group has one or two members per partner (DOMAIN.md). */
    static final int STEERING_GROUP_SEATS = 2;

    private static final Set<Role> ONE_PER_PARTNERSHIP = EnumSet.of(Role.SECRETARY, Role.LEAD);

    private record Membership(Partner partner, LocalDate joinedOn, LocalDate leavesOn) {

        boolean on(LocalDate date) {
            return !date.isBefore(joinedOn) && (leavesOn == null || date.isBefore(leavesOn));
        }
    }

    /** Whom a person represents here, and in which roles. */
    public record Representation(PartnerId partner, Set<Role> roles) {}

    /** A person holding a role for a partner from a day until the day they were replaced or left (null: still). */
    private record Tenure(PersonId person, PartnerId partner, Role role, LocalDate from, LocalDate until) {

        boolean on(LocalDate date) {
            return !date.isBefore(from) && (until == null || date.isBefore(until));
        }
    }

    private final Map<PartnerId, Membership> members = new LinkedHashMap<>();
    private final Map<PersonId, Representation> representatives = new LinkedHashMap<>();
    // Who held which role when: a paper signed or a letter written years ago is checked against that day.
    private final List<Tenure> tenures = new ArrayList<>();

    /**
     * A copy that further events can be folded into while this one is still being read; what it holds
     * (memberships, representations, tenures) is immutable, so the two share it.
     */
    public Partners copy() {
        Partners copy = new Partners();
        copy.members.putAll(members);
        copy.representatives.putAll(representatives);
        copy.tenures.addAll(tenures);
        return copy;
    }

    public Set<PartnerId> partnersOn(LocalDate date) {
        return members.values().stream()
                .filter(membership -> membership.on(date))
                .map(membership -> membership.partner().id())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public boolean isPartnerOn(PartnerId partner, LocalDate date) {
        Membership membership = members.get(partner);
        return membership != null && membership.on(date);
    }

    public Optional<Partner> partner(PartnerId partner) {
        return Optional.ofNullable(members.get(partner)).map(Membership::partner);
    }

    public Optional<Representation> representation(PersonId person) {
        return Optional.ofNullable(representatives.get(person));
    }

    /** Whether the person speaks for the partner, in any role or in the one given. */
    public boolean represents(PersonId person, PartnerId partner, Role... inRole) {
        Representation representation = representatives.get(person);
        return representation != null
                && representation.partner().equals(partner)
                && (inRole.length == 0 || representation.roles().containsAll(List.of(inRole)));
    }

    /** Whether the person held the role for the partner on the date (any role when none is given). */
    public boolean representedOn(PersonId person, PartnerId partner, LocalDate date, Role... inRole) {
        return tenures.stream()
                .filter(tenure ->
                        tenure.person().equals(person) && tenure.partner().equals(partner))
                .filter(tenure -> tenure.on(date))
                .anyMatch(tenure -> inRole.length == 0 || List.of(inRole).contains(tenure.role()));
    }

    /** A signature on paper counts when its signatory was the partner's signatory on the paper's date. */
    public void requireSignatoryOn(PersonId person, PartnerId partner, LocalDate date) {
        if (!representedOn(person, partner, date, Role.SIGNATORY)) {
            throw new NotRepresentingOn(person, partner, "signatory", date);
        }
    }

    /** A stance in a document counts when its giver represented the partner on the document's date. */
    public void requireRepresentativeOn(PersonId person, PartnerId partner, LocalDate date) {
        if (!representedOn(person, partner, date)) {
            throw new NotRepresentingOn(person, partner, "representative", date);
        }
    }

    public void requirePartnerOn(PartnerId partner, LocalDate date) {
        if (!isPartnerOn(partner, date)) {
            throw new NotAPartner(partner, date);
        }
    }

    /** For a signature: dated before the partner joined it is refused as such, not as "not a partner". */
    public void requireJoinedBy(PartnerId partner, LocalDate date) {
        Membership membership = members.get(partner);
        if (membership != null && date.isBefore(membership.joinedOn())) {
            throw new SignaturePredatesMembership(partner, membership.joinedOn(), date);
        }
    }

    /**
     * The first day, not before {@code from}, on which fewer than two partners remain as the notices given so
     * far stand; empty while at least two partners stay. Asked whenever partners join or give notice.
     */
    public Optional<LocalDate> dissolutionDayFrom(LocalDate from) {
        return members.values().stream()
                .map(Membership::leavesOn)
                .filter(Objects::nonNull)
                .filter(day -> !day.isBefore(from))
                .sorted()
                .filter(day -> partnersOn(day).size() < 2)
                .findFirst();
    }

    public void requireSpeaksFor(PersonId person, PartnerId partner) {
        if (!represents(person, partner)) {
            throw new DoesNotRepresent(person, partner);
        }
    }

    /** An organisation is admitted once: not under an id or a name a current partner has. */
    public void requireNewPartner(Partner candidate, LocalDate on) {
        boolean known = members.containsKey(candidate.id())
                || members.values().stream()
                        .filter(membership -> membership.on(on))
                        .anyMatch(membership -> membership.partner().name().equalsIgnoreCase(candidate.name()));
        if (known) {
            throw new AlreadyAPartner(candidate.name());
        }
    }

    public void requireNoNoticeGiven(PartnerId partner) {
        Membership membership = members.get(partner);
        if (membership != null && membership.leavesOn() != null) {
            throw new AlreadyWithdrawing(partner, membership.leavesOn());
        }
    }

    public void requireCanAppoint(PersonId person, PartnerId partner, Role role, LocalDate date) {
        requirePartnerOn(partner, date);
        Representation current = representatives.get(person);
        if (current != null && !current.partner().equals(partner)) {
            throw new RepresentsAnotherPartner(person, current.partner());
        }
        if (current != null && current.roles().contains(role)) {
            throw new AlreadyAppointed(person, role);
        }
        if (role == Role.STEERING_GROUP) {
            Set<PersonId> members = holders(role, partner);
            if (members.size() >= STEERING_GROUP_SEATS) {
                throw new SteeringGroupSeatsTaken(partner, members);
            }
        }
        if (ONE_PER_PARTNERSHIP.contains(role)) {
            holders(role, null).stream().findFirst().ifPresent(holder -> {
                throw new RoleTaken(role, holder);
            });
        }
    }

    public Representation requireRepresentative(PersonId person) {
        Representation representation = representatives.get(person);
        if (representation == null) {
            throw new NotARepresentative(person);
        }
        return representation;
    }

    /** The incoming person takes over the outgoing one's roles for the same partner. */
    public void requireCanTakeOver(PersonId incoming, PartnerId partner) {
        Representation current = representatives.get(incoming);
        if (current != null && !current.partner().equals(partner)) {
            throw new RepresentsAnotherPartner(incoming, current.partner());
        }
    }

    private Set<PersonId> holders(Role role, PartnerId ofPartner) {
        return representatives.entrySet().stream()
                .filter(entry -> entry.getValue().roles().contains(role))
                .filter(entry -> ofPartner == null || entry.getValue().partner().equals(ofPartner))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public void onJoined(Partner partner, LocalDate joinedOn) {
        members.put(partner.id(), new Membership(partner, joinedOn, null));
    }

    public void onLeaving(PartnerId partner, LocalDate leavesOn) {
        members.computeIfPresent(
                partner, (id, membership) -> new Membership(membership.partner(), membership.joinedOn(), leavesOn));
    }

    public void onAppointed(PersonId person, PartnerId partner, Role role, LocalDate on) {
        tenures.add(new Tenure(person, partner, role, on, null));
        onAppointed(person, partner, role);
    }

    public void onReplaced(PersonId outgoing, PersonId incoming, LocalDate on) {
        for (Tenure handedOver : end(outgoing, on)) {
            tenures.add(new Tenure(incoming, handedOver.partner(), handedOver.role(), on, null));
        }
        onReplaced(outgoing, incoming);
    }

    public void onRemoved(PersonId person, LocalDate on) {
        end(person, on);
        onRemoved(person);
    }

    private List<Tenure> end(PersonId person, LocalDate on) {
        List<Tenure> ended = new ArrayList<>();
        tenures.replaceAll(tenure -> {
            if (tenure.person().equals(person) && tenure.until() == null) {
                ended.add(tenure);
                return new Tenure(tenure.person(), tenure.partner(), tenure.role(), tenure.from(), on);
            }
            return tenure;
        });
        return ended;
    }

    public void onAppointed(PersonId person, PartnerId partner, Role role) {
        Representation current = representatives.get(person);
        Set<Role> roles = current == null ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(current.roles());
        roles.add(role);
        representatives.put(person, new Representation(partner, Set.copyOf(roles)));
    }

    public void onReplaced(PersonId outgoing, PersonId incoming) {
        Representation handedOver = representatives.remove(outgoing);
        Representation kept = representatives.get(incoming);
        Set<Role> roles = EnumSet.copyOf(handedOver.roles());
        if (kept != null) {
            roles.addAll(kept.roles());
        }
        representatives.put(incoming, new Representation(handedOver.partner(), Set.copyOf(roles)));
    }

    public void onRemoved(PersonId person) {
        representatives.remove(person);
    }
}
