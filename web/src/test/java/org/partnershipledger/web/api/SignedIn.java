package org.partnershipledger.web.api;

import static org.mockito.BDDMockito.given;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.web.security.Capacity;
import org.partnershipledger.web.security.UserAccount;
import org.partnershipledger.web.security.UserAccounts;
import org.springframework.http.HttpHeaders;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A user of a controller slice, signed in by HTTP Basic through the ledger's own security configuration
 * over a mocked user store, so the controller sees the same signed-in user as in the running ledger.
 */
public final class SignedIn {

    private static final String PASSWORD = "a password for tests";

    private SignedIn() {}

    /** Puts the user in the mocked store; the answer signs a request in as them. */
    public static RequestPostProcessor as(
            UserAccounts users, PasswordEncoder passwords, String username, String person, Capacity... capacities) {
        UserAccount account = new UserAccount(
                username, passwords.encode(PASSWORD), person == null ? null : new PersonId(person), Set.of(capacities));
        given(users.find(username)).willReturn(Optional.of(account));
        String credentials =
                Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Basic " + credentials);
            return request;
        };
    }
}
