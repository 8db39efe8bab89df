package org.partnershipledger.web.api;

import com.mongodb.MongoException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A POST sent again with the same {@code Idempotency-Key} gets the first answer again and records nothing
 * new, so a client may retry after a lost connection, also when the ledger was killed meanwhile. The same key
 * with another request is refused. Keys are kept for two days (at least 24 hours are promised).
 *
 * <p>A request with a key runs in one unit of work: the events of its commands are appended only once it has
 * been answered, after the answer is stored ({@link IdempotencyKeys}), and not at all if it is answered with
 * a problem. The answer is durable before it is sent.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final int LONGEST_KEY = 200;

    private final IdempotencyKeys keys;
    private final HandlerExceptionResolver problems;

    IdempotencyFilter(IdempotencyKeys keys, @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        this.keys = keys;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).strip();
        if (key.isEmpty() || key.length() > LONGEST_KEY) {
            problem(response, HttpStatus.BAD_REQUEST, "The Idempotency-Key header must have 1 to 200 characters");
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (BodySizeLimit.TooLarge tooLarge) {
            problem(response, HttpStatus.valueOf(413), tooLarge.getMessage());
            return;
        }
        // Keys are per user: one user's key never answers with what another user was told.
        String user = request.getUserPrincipal() == null
                ? ""
                : request.getUserPrincipal().getName();
        IdempotencyKeys.Outcome outcome;
        try {
            outcome = keys.begin(user + ":" + key, fingerprint(request, body));
        } catch (MongoException storeAway) {
            // Answered as any request that finds the store away (503, retry), by the one place that maps errors.
            if (problems.resolveException(request, response, null, storeAway) == null) {
                throw storeAway;
            }
            return;
        }
        if (outcome instanceof IdempotencyKeys.Execute execute) {
            execute(execute.attempt(), new CachedBody(request, body), response, chain);
        } else if (outcome instanceof IdempotencyKeys.AnswerAgain again) {
            answerAgain(again.answer(), response);
        } else if (outcome instanceof IdempotencyKeys.KeyInUse inUse && inUse.otherRequest()) {
            problem(
                    response,
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "This Idempotency-Key was used for another request; use a new key for a new request");
        } else {
            problem(response, HttpStatus.CONFLICT, "A request with this Idempotency-Key is in progress; retry");
        }
    }

    private void execute(
            IdempotencyKeys.Attempt attempt,
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        UnitOfWork<?> work = DefaultUnitOfWork.startAndGet(GenericMessage.asMessage(attempt.id()));
        try {
            try {
                chain.doFilter(request, recorded);
            } catch (IOException | ServletException | RuntimeException e) {
                work.rollback(e);
                keys.forget(attempt);
                throw e;
            }
            IdempotencyKeys.Answer answer = new IdempotencyKeys.Answer(
                    recorded.getStatus(),
                    recorded.getHeader("Location"),
                    recorded.getContentType(),
                    recorded.getContentAsByteArray());
            if (answer.status() >= 400) {
                work.rollback(); // nothing is recorded for a request answered with a problem
                if (answer.status() >= 500 || request.getAttribute(ProblemDetailsAdvice.TRY_AGAIN) != null) {
                    // a retry after a failure of the ledger, or after an answer that says to retry, is tried anew
                    keys.forget(attempt);
                } else {
                    keys.answered(attempt, answer);
                }
            } else {
                IdempotencyKeys.Answering answering = new IdempotencyKeys.Answering(attempt, answer);
                work.resources().put(IdempotencyKeys.Answering.RESOURCE, answering);
                try {
                    work.commit();
                } catch (RuntimeException notStored) {
                    // Its key stays as it is: a retry finds out whether the events were stored after all.
                    recorded.reset();
                    if (problems.resolveException(request, recorded, null, notStored) == null) {
                        throw notStored;
                    }
                    recorded.copyBodyToResponse();
                    return;
                }
                if (answering.recordedEvents().get()) {
                    keys.confirmed(attempt);
                } else {
                    keys.answered(attempt, answer);
                }
            }
            recorded.copyBodyToResponse();
        } finally {
            keys.finished(attempt);
            if (work.isActive()) {
                work.rollback();
            }
        }
    }

    private static void answerAgain(IdempotencyKeys.Answer answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        if (answer.location() != null) {
            response.setHeader("Location", answer.location());
        }
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        response.getOutputStream().write(answer.body());
    }

    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(request.getRequestURI().getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(body);
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                        + status.value() + ",\"detail\":\"" + detail + "\"}");
    }

    /** The request with its body read once, so it can be fingerprinted and still be handled. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("The body was already read in full; it is not read asynchronously");
                }

                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }
            };
        }
    }
}
