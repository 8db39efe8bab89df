package org.partnershipledger.query.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipledger.core.partnership.RepresentativeAppointed;
import org.partnershipledger.core.partnership.RepresentativeRemoved;
import org.partnershipledger.core.partnership.RepresentativeReplaced;
import org.partnershipledger.core.partnership.Role;

/**
 * Everyone who represents or represented a partner, with their roles and the days they took them on and
 * left: a fold over a history as the reader may see it (a researcher reads persons as pseudonyms), in
 * domain-date order because history is often entered afterwards.
 */
public final class Representatives {

    /** A role held since a day. */
    public record RoleHeld(Role role, LocalDate since) {}

    /**
     * One term of a person (by id) as a partner's representative: appointed on {@code appointedOn}, in the
     * roles held (at the end of the term, for one that ended), and {@code leftOn} the day they were removed
     * or replaced ({@code null} while they represent the partner); {@code replacedBy} names who took over.
     */
    public record RepresentativeRecord(
            String person,
            String partner,
            List<RoleHeld> roles,
            LocalDate appointedOn,
            LocalDate leftOn,
            String replacedBy) {

        public RepresentativeRecord {
            roles = List.copyOf(roles);
        }

        public boolean current() {
            return leftOn == null;
        }
    }

    private Representatives() {}

    /** Every term, in the order they began. */
    public static List<RepresentativeRecord> of(List<HistoryEvent> history) {
        List<RepresentativeRecord> terms = new ArrayList<>();
        Map<String, Integer> current = new LinkedHashMap<>();
        List<HistoryEvent> inDomainOrder = new ArrayList<>(history);
        inDomainOrder.sort(Comparator.comparing(HistoryEvent::occurredOn).thenComparing(HistoryEvent::sequence));
        for (HistoryEvent recorded : inDomainOrder) {
            if (recorded.event() instanceof RepresentativeAppointed appointed) {
                String person = appointed.person().value();
                Integer term = current.get(person);
                if (term == null) {
                    current.put(person, terms.size());
                    terms.add(new RepresentativeRecord(
                            person,
                            appointed.partner().value(),
                            List.of(new RoleHeld(appointed.role(), appointed.occurredOn())),
                            appointed.occurredOn(),
                            null,
                            null));
                } else {
                    RepresentativeRecord before = terms.get(term);
                    List<RoleHeld> roles = new ArrayList<>(before.roles());
                    if (roles.stream().noneMatch(held -> held.role() == appointed.role())) {
                        roles.add(new RoleHeld(appointed.role(), appointed.occurredOn()));
                    }
                    terms.set(
                            term,
                            new RepresentativeRecord(
                                    person, before.partner(), roles, before.appointedOn(), null, null));
                }
            } else if (recorded.event() instanceof RepresentativeReplaced replaced) {
                Integer outgoing = current.remove(replaced.outgoing().value());
                if (outgoing != null) {
                    terms.set(
                            outgoing,
                            left(
                                    terms.get(outgoing),
                                    replaced.occurredOn(),
                                    replaced.incoming().value()));
                }
                current.put(replaced.incoming().value(), terms.size());
                terms.add(new RepresentativeRecord(
                        replaced.incoming().value(),
                        replaced.partner().value(),
                        replaced.roles().stream()
                                .sorted()
                                .map(role -> new RoleHeld(role, replaced.occurredOn()))
                                .toList(),
                        replaced.occurredOn(),
                        null,
                        null));
            } else if (recorded.event() instanceof RepresentativeRemoved removed) {
                Integer outgoing = current.remove(removed.person().value());
                if (outgoing != null) {
                    terms.set(outgoing, left(terms.get(outgoing), removed.occurredOn(), null));
                }
            }
        }
        return List.copyOf(terms);
    }

    /** The person's term now, or their last one. */
    public static Optional<RepresentativeRecord> latestOf(List<HistoryEvent> history, String person) {
        List<RepresentativeRecord> terms = of(history).stream()
                .filter(record -> record.person().equals(person))
                .toList();
        return terms.isEmpty() ? Optional.empty() : Optional.of(terms.get(terms.size() - 1));
    }

    /** The persons a record names. */
    public static List<String> persons(RepresentativeRecord record) {
        return record.replacedBy() == null ? List.of(record.person()) : List.of(record.person(), record.replacedBy());
    }

    private static RepresentativeRecord left(RepresentativeRecord record, LocalDate on, String replacedBy) {
        return new RepresentativeRecord(
                record.person(), record.partner(), record.roles(), record.appointedOn(), on, replacedBy);
    }
}
