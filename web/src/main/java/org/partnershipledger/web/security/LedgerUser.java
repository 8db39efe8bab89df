package org.partnershipledger.web.security;

import java.util.Collection;
import java.util.Optional;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A user as Spring Security holds them once signed in, by password or by an OpenID Connect token. */
public class LedgerUser implements UserDetails, CredentialsContainer {

    private final UserAccount account;
    private String passwordHash;

    public LedgerUser(UserAccount account) {
        this.account = account;
        this.passwordHash = account.passwordHash();
    }

    public Actor actor() {
        return new Actor(account.username(), Optional.ofNullable(account.person()), account.capacities());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return account.capacities().stream()
                .map(capacity -> new SimpleGrantedAuthority("ROLE_" + capacity.name()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    /** Spring Security drops the hash once the sign-in succeeded, so it never lingers in a session. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "LedgerUser[" + account.username() + "]";
    }
}
