package org.partnershipledger.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Sign-in at the identity provider that does not end in a ledger session, said plainly to the person:
 * no ledger user for them (403), or the identity provider not answering (503). Anything else goes back
 * to the sign-in page.
 */
final class SignInRefusals implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(SignInRefusals.class);
    private final AuthenticationFailureHandler otherwise = new SimpleUrlAuthenticationFailureHandler("/login?error");

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, jakarta.servlet.ServletException {
        if (failure instanceof TokenUsers.NoLedgerUser none) {
            write(
                    response,
                    HttpStatus.FORBIDDEN,
                    "You signed in at the identity provider, but the ledger has no user for you (" + none.named()
                            + "). An administrator creates ledger users.");
            return;
        }
        otherwise.onAuthenticationFailure(request, response, failure);
    }

    /** The authorization request could not be built: the issuer's discovery document was not to be had. */
    void identityProviderUnavailable(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        log.warn("Sign-in at the identity provider is unavailable: {}", String.valueOf(failure.getCause()));
        write(
                response,
                HttpStatus.SERVICE_UNAVAILABLE,
                "The identity provider did not answer. Try again later, or sign in with your ledger password.");
    }

    // Plain text: the message names a username from the identity provider and must never become markup.
    private static void write(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.TEXT_PLAIN_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(message + "\n");
    }
}
