package org.partnershipledger.web.security;

import java.util.Map;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/** An API request signed in by a bearer token: the principal is the ledger user the token names. */
final class LedgerTokenAuthentication extends AbstractOAuth2TokenAuthenticationToken<Jwt> {

    LedgerTokenAuthentication(Jwt token, LedgerUser user) {
        super(token, user, token, user.getAuthorities());
        setAuthenticated(true);
    }

    @Override
    public Map<String, Object> getTokenAttributes() {
        return getToken().getClaims();
    }
}
