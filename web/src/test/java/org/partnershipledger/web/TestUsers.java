package org.partnershipledger.web;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.web.security.Capacity;
import org.partnershipledger.web.security.UserAccounts;

/**
 * Users for the API tests, created straight in the running ledger's user store: a client signed in as a
 * facilitator, a researcher, an administrator, or as the user linked to a person of a partnership.
 */
final class TestUsers {

    static final String PASSWORD = "a password for tests";
    private static final AtomicInteger NUMBER = new AtomicInteger();

    private final UserAccounts users;
    private final LedgerHttp anonymous;

    TestUsers(UserAccounts users, int port) {
        this.users = users;
        this.anonymous = new LedgerHttp(port);
    }

    LedgerHttp anonymous() {
        return anonymous;
    }

    /** A facilitator linked to a person of their own, who sets partnerships and programmes up. */
    LedgerHttp facilitator() {
        return user(PersonId.generate(), Capacity.FACILITATOR);
    }

    LedgerHttp researcher() {
        return user(null, Capacity.RESEARCHER);
    }

    LedgerHttp administrator() {
        return user(null, Capacity.ADMINISTRATOR);
    }

    /** The user of a person who represents partners in partnerships (or mediates), without capacities. */
    LedgerHttp person(String person) {
        return users.find(usernameOf(person)).isPresent()
                ? anonymous.as(usernameOf(person), PASSWORD)
                : user(new PersonId(person));
    }

    /** A user linked to the given person (may be null), with the given capacities. */
    LedgerHttp user(PersonId person, Capacity... capacities) {
        String username = person == null ? "user-" + NUMBER.incrementAndGet() : usernameOf(person.value());
        users.create(username, PASSWORD, person, Set.of(capacities));
        return anonymous.as(username, PASSWORD);
    }

    private static String usernameOf(String person) {
        return "person-" + person.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._@-]", "-");
    }
}
