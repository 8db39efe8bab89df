package org.partnershipledger.web.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Refusals decided before a request reaches a controller, as the same problem details the controllers
 * answer with: 401 not signed in, 429 too many failed sign-ins, 403 a capacity the user lacks.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof ThrottledAuthentication.TooManyFailedSignIns throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
            write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins", failure.getMessage());
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Partnership Ledger\", charset=\"UTF-8\"");
        String detail = request.getHeader(HttpHeaders.AUTHORIZATION) == null
                ? "Sign in: HTTP Basic with a ledger user, or a bearer token when OpenID Connect is configured"
                : "The credentials were not accepted";
        write(response, HttpStatus.UNAUTHORIZED, "Not signed in", detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, "Not allowed", "Refused: " + reason(request.getRequestURI()));
    }

    private static String reason(String path) {
        if (path.startsWith("/actuator")) {
            return "only an administrator reads the ledger's metrics";
        }
        if (path.startsWith("/api/admin")) {
            return "only an administrator manages users and rebuilds read models";
        }
        return "your user may not use " + path;
    }

    void write(HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
