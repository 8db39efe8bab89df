package org.partnershipledger.web.security;

import java.util.Set;
import org.partnershipledger.core.PersonId;

/**
 * A user of the ledger: who signs in, the person they are in partnerships' histories (if any) and their
 * capacities. The password is kept only as a bcrypt hash.
 */
public record UserAccount(String username, String passwordHash, PersonId person, Set<Capacity> capacities) {

    public UserAccount {
        capacities = Set.copyOf(capacities);
    }
}
