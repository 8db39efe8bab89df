package org.partnershipledger.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * A bearer token that does not sign the request in, answered as a problem detail like every other
 * refusal: 401 for a token that is invalid, expired, from another issuer or for no ledger user; 503 when
 * the identity provider could not be asked, since the token itself may be fine.
 */
final class BearerTokenRefusals implements AuthenticationEntryPoint {

    private final ProblemResponses problems;

    BearerTokenRefusals(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof BearerTokens.IdentityProviderUnavailable) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "30");
            problems.write(
                    response, HttpStatus.SERVICE_UNAVAILABLE, "Identity provider unavailable", failure.getMessage());
            return;
        }
        response.setHeader(
                HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Partnership Ledger\", error=\"invalid_token\"");
        String detail = failure instanceof TokenUsers.NoLedgerUser
                ? failure.getMessage()
                : "The bearer token was not accepted: " + failure.getMessage();
        problems.write(response, HttpStatus.UNAUTHORIZED, "Not signed in", detail);
    }
}
