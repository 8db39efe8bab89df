package org.partnershipledger.web.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

/**
 * Signs an API request in by its bearer token: checked against the issuer (signature, issuer, validity
 * period, audience), then mapped to the ledger user it names.
 */
final class BearerTokens implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(BearerTokens.class);
    private final JwtAuthenticationProvider tokens;

    BearerTokens(JwtDecoder decoder, TokenUsers users) {
        tokens = new JwtAuthenticationProvider(decoder);
        tokens.setJwtAuthenticationConverter(
                jwt -> new LedgerTokenAuthentication(jwt, new LedgerUser(users.accountFor(jwt))));
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        try {
            return tokens.authenticate(attempt);
        } catch (AuthenticationServiceException | JwtDecoderInitializationException unreachable) {
            // The token may well be good; the issuer's discovery document or keys could not be fetched.
            log.warn("A bearer token could not be checked with the identity provider: {}", cause(unreachable));
            throw new IdentityProviderUnavailable(unreachable);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String cause(Throwable failure) {
        Throwable deepest = failure;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        return deepest == failure ? String.valueOf(failure.getMessage()) : failure.getMessage() + ": " + deepest;
    }

    /** The identity provider did not answer, so no token can be checked until it does. */
    static final class IdentityProviderUnavailable extends AuthenticationException {
        IdentityProviderUnavailable(Throwable cause) {
            super("The token could not be checked: the identity provider did not answer; try again later", cause);
        }
    }
}
