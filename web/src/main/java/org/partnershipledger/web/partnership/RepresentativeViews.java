package org.partnershipledger.web.partnership;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnershipledger.core.Personal;
import org.partnershipledger.core.partnership.RepresentativeAppointed;
import org.partnershipledger.core.partnership.RepresentativeRemoved;
import org.partnershipledger.core.partnership.RepresentativeReplaced;
import org.partnershipledger.core.partnership.Role;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.query.person.PersonView;
import org.partnershipledger.web.persons.PersonReading;
import org.partnershipledger.web.persons.PersonRegister;
import org.springframework.stereotype.Component;

/**
 * Who represents which partner at the end of a history, with the person's name beside their id for a
 * reader who may know who they are ({@code null} otherwise: a researcher reads the pseudonym only).
 */
@Component
public class RepresentativeViews {

    /** A representative of a partner with their roles; {@code name} is null when not the reader's to know. */
    record RepresentativeView(String person, String name, String partner, Set<Role> roles) {}

    private final PersonRegister register;
    private final PersonReading reading;

    RepresentativeViews(PersonRegister register, PersonReading reading) {
        this.register = register;
        this.reading = reading;
    }

    List<RepresentativeView> of(List<HistoryEvent> history, Set<String> currentPartners) {
        Map<List<String>, Set<Role>> roles = new LinkedHashMap<>();
        for (HistoryEvent recorded : history) {
            if (recorded.event() instanceof RepresentativeAppointed appointed) {
                roles.computeIfAbsent(
                                List.of(
                                        appointed.person().value(),
                                        appointed.partner().value()),
                                key -> new LinkedHashSet<>())
                        .add(appointed.role());
            } else if (recorded.event() instanceof RepresentativeReplaced replaced) {
                Set<Role> taken = roles.remove(
                        List.of(replaced.outgoing().value(), replaced.partner().value()));
                if (taken != null) {
                    roles.computeIfAbsent(
                                    List.of(
                                            replaced.incoming().value(),
                                            replaced.partner().value()),
                                    key -> new LinkedHashSet<>())
                            .addAll(taken);
                }
            } else if (recorded.event() instanceof RepresentativeRemoved removed) {
                roles.remove(List.of(removed.person().value(), removed.partner().value()));
            }
        }
        Map<String, PersonView> names = reading.readsNames()
                ? register.find(roles.keySet().stream().map(key -> key.get(0)).toList())
                : Map.of();
        List<RepresentativeView> views = new ArrayList<>();
        roles.forEach((key, held) -> {
            if (currentPartners.contains(key.get(1))) {
                PersonView person = names.get(key.get(0));
                String name = person == null ? null : person.erased() ? Personal.ERASED : person.name();
                views.add(new RepresentativeView(key.get(0), name, key.get(1), Set.copyOf(held)));
            }
        });
        return views;
    }
}
