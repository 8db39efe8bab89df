package org.partnershipledger.web.api;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A POST sent again with the same {@code Idempotency-Key} gets the first answer again and records nothing
 * new, so a client may retry after a lost connection. The same key with another request is refused. Keys
 * are kept for two days (at least 24 hours are promised).
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String COLLECTION = "idempotency_keys";
    private static final Duration KEPT = Duration.ofDays(2);
    static final int LONGEST_KEY = 200;

    private final MongoCollection<Document> keys;

    IdempotencyFilter(MongoDatabase database) {
        this.keys = database.getCollection(COLLECTION);
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
        key = user + ":" + key;
        String fingerprint = fingerprint(request, body);
        Document first = keys.find(eq("_id", key)).first();
        if (first != null) {
            answerAgain(first, fingerprint, response);
            return;
        }
        try {
            keys.insertOne(new Document("_id", key)
                    .append("fingerprint", fingerprint)
                    .append("state", "IN_PROGRESS")
                    .append("createdAt", Date.from(Instant.now())));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            problem(response, HttpStatus.CONFLICT, "A request with this Idempotency-Key is in progress; retry");
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(new CachedBody(request, body), recorded);
        } finally {
            remember(key, recorded);
            recorded.copyBodyToResponse();
        }
    }

    /** An answer is kept unless the ledger failed, so that a retry after a failure is tried anew. */
    private void remember(String key, ContentCachingResponseWrapper recorded) {
        if (recorded.getStatus() >= 500) {
            keys.deleteOne(eq("_id", key));
            return;
        }
        keys.updateOne(
                eq("_id", key),
                new Document(
                        "$set",
                        new Document("state", "ANSWERED")
                                .append("status", recorded.getStatus())
                                .append("location", recorded.getHeader("Location"))
                                .append("contentType", recorded.getContentType())
                                .append("body", new Binary(recorded.getContentAsByteArray()))));
    }

    private void answerAgain(Document first, String fingerprint, HttpServletResponse response) throws IOException {
        if (!first.getString("fingerprint").equals(fingerprint)) {
            problem(
                    response,
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "This Idempotency-Key was used for another request; use a new key for a new request");
        } else if (!"ANSWERED".equals(first.getString("state"))) {
            problem(response, HttpStatus.CONFLICT, "A request with this Idempotency-Key is in progress; retry");
        } else {
            response.setStatus(first.getInteger("status"));
            if (first.getString("location") != null) {
                response.setHeader("Location", first.getString("location"));
            }
            if (first.getString("contentType") != null) {
                response.setContentType(first.getString("contentType"));
            }
            response.getOutputStream().write(first.get("body", Binary.class).getData());
        }
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

    @Scheduled(fixedDelay = 1, timeUnit = java.util.concurrent.TimeUnit.HOURS)
    void forgetOldKeys() {
        keys.deleteMany(lt("createdAt", Date.from(Instant.now().minus(KEPT))));
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
