package org.partnershipledger.web.security;

import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in (form and Basic) through the throttle: a waiting caller is refused before bcrypt runs,
 * and a password bcrypt accepted a moment ago is not checked by bcrypt again.
 */
final class ThrottledAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final UserDetailsService users;
    private final LoginThrottle throttle;
    private final RecentSignIns recent;

    ThrottledAuthentication(
            AuthenticationProvider passwords, UserDetailsService users, LoginThrottle throttle, RecentSignIns recent) {
        this.passwords = passwords;
        this.users = users;
        this.throttle = throttle;
        this.recent = recent;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        String address =
                attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        Duration wait = throttle.waitBeforeTrying(username, address);
        if (!wait.isZero()) {
            throw new TooManyFailedSignIns(wait);
        }
        String password =
                attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        UserDetails user = find(username);
        if (user != null && user.getPassword() != null && recent.verified(username, password, user.getPassword())) {
            UsernamePasswordAuthenticationToken signedIn =
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            signedIn.setDetails(attempt.getDetails());
            return signedIn;
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(username);
            if (user != null && user.getPassword() != null) {
                recent.remember(username, password, user.getPassword());
            }
            return signedIn;
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
            throw e;
        }
    }

    private UserDetails find(String username) {
        try {
            return users.loadUserByUsername(username);
        } catch (UsernameNotFoundException e) {
            return null;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Refused without checking the password, until the wait is over. */
    static final class TooManyFailedSignIns extends AuthenticationException {
        private final Duration wait;

        TooManyFailedSignIns(Duration wait) {
            super("Too many failed sign-ins; try again in " + Math.max(1, wait.toSeconds()) + " s");
            this.wait = wait;
        }

        long retryAfterSeconds() {
            return Math.max(1, (wait.toMillis() + 999) / 1000);
        }
    }
}
