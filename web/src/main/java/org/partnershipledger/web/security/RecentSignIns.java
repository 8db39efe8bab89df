package org.partnershipledger.web.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * API clients send their password with every request, and bcrypt is slow on purpose (about 65 ms here),
 * which would cap the ledger at a few dozen requests a second. A password bcrypt accepted is therefore
 * remembered for a few minutes, as an HMAC under a key that lives only in this process, together with
 * the stored hash it matched: a changed password no longer matches at once.
 */
final class RecentSignIns {

    private static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);
    private static final int MOST_REMEMBERED = 10_000;

    private final Map<String, Instant> verified = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final Clock clock;

    RecentSignIns(Clock clock) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.clock = clock;
    }

    boolean verified(String username, String password, String passwordHash) {
        Instant until = verified.get(fingerprint(username, password, passwordHash));
        return until != null && until.isAfter(clock.instant());
    }

    void remember(String username, String password, String passwordHash) {
        Instant now = clock.instant();
        if (verified.size() >= MOST_REMEMBERED) {
            verified.values().removeIf(until -> !until.isAfter(now));
            if (verified.size() >= MOST_REMEMBERED) {
                verified.clear();
            }
        }
        verified.put(fingerprint(username, password, passwordHash), now.plus(REMEMBERED_FOR));
    }

    private String fingerprint(String username, String password, String passwordHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            for (String part : new String[] {username, password, passwordHash}) {
                mac.update(part.getBytes(StandardCharsets.UTF_8));
                mac.update((byte) 0);
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
