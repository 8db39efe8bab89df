package org.partnershipledger.web.security;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers every answer carries, written here for the answers Spring Security's own header writers never
 * see: a request Tomcat refused before any filter ran, or one the firewall refused before the headers filter.
 * The values are those {@link SecurityConfiguration} has Spring Security write.
 */
public final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'"
            + " 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=()";

    private static final Map<String, String> HEADERS = headers();

    private SecurityHeaders() {}

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("X-XSS-Protection", "0");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("Permissions-Policy", PERMISSIONS_POLICY);
        headers.put("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        headers.put("Pragma", "no-cache");
        headers.put("Expires", "0");
        return Map.copyOf(headers);
    }

    /** Sets every header, replacing what the answer had under that name. */
    public static void writeTo(HttpServletResponse response) {
        HEADERS.forEach(response::setHeader);
    }
}
