package org.partnershipledger.web.security;

import java.util.Optional;
import java.util.Set;
import org.partnershipledger.core.PersonId;

/** The signed-in user a request acts for, as the authority rules see them. */
public record Actor(String username, Optional<PersonId> person, Set<Capacity> capacities) {

    public Actor {
        capacities = Set.copyOf(capacities);
    }

    public boolean has(Capacity capacity) {
        return capacities.contains(capacity);
    }

    public boolean is(PersonId someone) {
        return person.filter(someone::equals).isPresent();
    }
}
