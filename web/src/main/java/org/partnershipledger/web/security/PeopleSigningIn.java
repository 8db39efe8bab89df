package org.partnershipledger.web.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person who signed in at the identity provider becomes the ledger user their claims name, by the same
 * mapping as bearer tokens; a person without a ledger user is refused ({@link TokenUsers.NoLedgerUser}).
 */
final class PeopleSigningIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService identityProvider = new OidcUserService();
    private final TokenUsers users;

    PeopleSigningIn(TokenUsers users) {
        this.users = users;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser person = identityProvider.loadUser(request);
        return new OidcLedgerUser(users.accountFor(person), person);
    }
}
