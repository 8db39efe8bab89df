package org.partnershipledger.web.meeting;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipledger.core.decision.Attendee;
import org.partnershipledger.core.partnership.MeetingRecorded;
import org.partnershipledger.core.partnership.MinutesCorrected;
import org.partnershipledger.core.partnership.PartnershipEvent;
import org.partnershipledger.core.partnership.RepresentativeAppointed;
import org.partnershipledger.core.partnership.RepresentativeRemoved;
import org.partnershipledger.core.partnership.RepresentativeReplaced;
import org.partnershipledger.core.partnership.Role;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.query.history.PartnershipState;
import org.partnershipledger.web.programme.PairTitles;

/**
 * What the meetings pages read from a partnership's history as the reader may see it: its current
 * partners, who represents them now (by name where a ledger user is linked), and a meeting as recorded.
 */
public final class Steering {

    /** A person who represents a partner now. */
    record Representative(String person, String name, String partner, String partnerName) {}

    /**
     * A person who represents or represented a current partner (in a role, when asked for one): whose act a
     * secretary may record from a document of that time. {@code value} names both, for a form's choice.
     */
    public record Giver(String person, String name, String partner, String partnerName) {

        static final String SEPARATOR = ":"; // outside the id alphabet, so the two ids part again

        public String value() {
            return partner + SEPARATOR + person;
        }
    }

    /** A meeting with its attendees and its minutes as they now read (the latest correction). */
    record MeetingOnRecord(String id, String kind, LocalDate heldOn, List<Attendee> attendees, String minutes) {}

    private final List<PartnershipState.PartnerOnRecord> partners;
    private final List<Representative> representatives;
    private final List<HistoryEvent> history;
    private final Map<String, String> names;

    private Steering(List<HistoryEvent> history, Map<String, String> names) {
        PartnershipState.View state = PartnershipState.of(history, LocalDate.now(ZoneOffset.UTC));
        this.partners = state.partners();
        this.history = history;
        this.names = names;
        this.representatives = representativesOf(history);
    }

    public static Steering of(List<HistoryEvent> history, Map<String, String> names) {
        return new Steering(history, names);
    }

    /** The partnership's name as this reader reads it (a pair by its persons or its number). */
    String partnershipName(PairTitles titles) {
        return titles.of(history);
    }

    List<PartnershipState.PartnerOnRecord> partners() {
        return partners;
    }

    List<Representative> representatives() {
        return representatives;
    }

    Optional<Representative> representative(String person) {
        return representatives.stream()
                .filter(representative -> representative.person().equals(person))
                .findFirst();
    }

    /** Everyone who ever held the role (any role when null) for a current partner, as the history records. */
    public List<Giver> everRepresented(Role role) {
        Map<String, Giver> givers = new LinkedHashMap<>();
        for (HistoryEvent recorded : history) {
            PartnershipEvent event = recorded.event();
            if (event instanceof RepresentativeAppointed appointed && (role == null || appointed.role() == role)) {
                add(givers, appointed.person().value(), appointed.partner().value());
            } else if (event instanceof RepresentativeReplaced replaced
                    && (role == null || replaced.roles().contains(role))) {
                add(givers, replaced.incoming().value(), replaced.partner().value());
            }
        }
        return List.copyOf(givers.values());
    }

    private void add(Map<String, Giver> givers, String person, String partner) {
        if (partners.stream().anyMatch(current -> current.id().equals(partner))) {
            givers.putIfAbsent(
                    partner + Giver.SEPARATOR + person,
                    new Giver(person, personName(person), partner, partnerName(partner)));
        }
    }

    /** The partner's name; a partner that has left is still named, by its id if need be. */
    String partnerName(String partner) {
        return partners.stream()
                .filter(candidate -> candidate.id().equals(partner))
                .map(PartnershipState.PartnerOnRecord::name)
                .findFirst()
                .orElseGet(() -> PartnershipState.of(history, LocalDate.MIN).partners().stream()
                        .filter(candidate -> candidate.id().equals(partner))
                        .map(PartnershipState.PartnerOnRecord::name)
                        .findFirst()
                        .orElse(partner));
    }

    /** A person by the name of their ledger user; a person without one (or a pseudonym) by their id. */
    String personName(String person) {
        return names.getOrDefault(person, person);
    }

    Optional<MeetingOnRecord> meeting(String meetingId) {
        MeetingOnRecord found = null;
        for (HistoryEvent recorded : history) {
            PartnershipEvent event = recorded.event();
            if (event instanceof MeetingRecorded meeting
                    && meeting.meetingId().value().equals(meetingId)) {
                found = new MeetingOnRecord(
                        meetingId, meeting.kind().name(), meeting.occurredOn(), meeting.attendees(), meeting.minutes());
            } else if (event instanceof MinutesCorrected corrected
                    && found != null
                    && corrected.meetingId().value().equals(meetingId)) {
                found = new MeetingOnRecord(
                        meetingId, found.kind(), found.heldOn(), found.attendees(), corrected.minutes());
            }
        }
        return Optional.ofNullable(found);
    }

    // In recorded order, as the ledger itself decides who speaks for whom.
    private List<Representative> representativesOf(List<HistoryEvent> events) {
        Map<String, String> partnerOf = new LinkedHashMap<>();
        for (HistoryEvent recorded : events) {
            PartnershipEvent event = recorded.event();
            if (event instanceof RepresentativeAppointed appointed) {
                partnerOf.putIfAbsent(
                        appointed.person().value(), appointed.partner().value());
            } else if (event instanceof RepresentativeReplaced replaced) {
                String partner = partnerOf.remove(replaced.outgoing().value());
                if (partner != null) {
                    partnerOf.putIfAbsent(replaced.incoming().value(), partner);
                }
            } else if (event instanceof RepresentativeRemoved removed) {
                partnerOf.remove(removed.person().value());
            }
        }
        return partnerOf.entrySet().stream()
                .filter(entry ->
                        partners.stream().anyMatch(partner -> partner.id().equals(entry.getValue())))
                .map(entry -> new Representative(
                        entry.getKey(), personName(entry.getKey()), entry.getValue(), partnerName(entry.getValue())))
                .toList();
    }
}
