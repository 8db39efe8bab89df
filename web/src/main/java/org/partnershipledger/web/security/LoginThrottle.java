package org.partnershipledger.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing: after a few failed sign-ins for a username, or many from one address, every further
 * attempt must wait, twice as long after each failure. A success clears the username; an hour without
 * failures forgets both. Counted in memory: a restart forgets, which costs an attacker a restart they
 * cannot cause.
 *
 * <p>The address limit is higher and its wait short because everyone behind one proxy or NAT shares an
 * address: it slows a spray of guesses over many usernames without locking out a whole office for long.
 * The README states these numbers ("Signing in, and who may do what"); a test keeps the two the same.
 */
final class LoginThrottle {

    static final int FREE_FAILURES_PER_USERNAME = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 20;
    private static final Duration LONGEST_WAIT_PER_USERNAME = Duration.ofMinutes(15);
    private static final Duration LONGEST_WAIT_PER_ADDRESS = Duration.ofMinutes(1);
    private static final Duration FORGOTTEN_AFTER = Duration.ofHours(1);
    // Random usernames must not fill the memory: past this many entries, stale ones are dropped.
    private static final int MOST_TRACKED = 10_000;

    private record Failures(int count, Instant last) {}

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must still wait before trying again; zero when they may try now. */
    Duration waitBeforeTrying(String username, String address) {
        Instant now = clock.instant();
        Duration byName = wait(key("user", username), FREE_FAILURES_PER_USERNAME, LONGEST_WAIT_PER_USERNAME, now);
        Duration byAddress = wait(key("address", address), FREE_FAILURES_PER_ADDRESS, LONGEST_WAIT_PER_ADDRESS, now);
        return byName.compareTo(byAddress) >= 0 ? byName : byAddress;
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > MOST_TRACKED) {
            failures.values().removeIf(entry -> forgotten(entry, now));
        }
        count(key("user", username), now);
        count(key("address", address), now);
    }

    void succeeded(String username) {
        failures.remove(key("user", username));
    }

    private void count(String key, Instant now) {
        failures.merge(
                key,
                new Failures(1, now),
                (before, one) -> forgotten(before, now) ? one : new Failures(before.count() + 1, now));
    }

    private Duration wait(String key, int free, Duration longest, Instant now) {
        Failures recorded = failures.get(key);
        if (recorded == null || recorded.count() < free || forgotten(recorded, now)) {
            return Duration.ZERO;
        }
        int beyond = Math.min(recorded.count() - free, 10);
        Duration penalty = Duration.ofSeconds(1L << beyond);
        if (penalty.compareTo(longest) > 0) {
            penalty = longest;
        }
        Duration left = Duration.between(now, recorded.last().plus(penalty));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static boolean forgotten(Failures failures, Instant now) {
        return failures.last().plus(FORGOTTEN_AFTER).isBefore(now);
    }

    private static String key(String kind, String value) {
        return kind + ":" + (value == null ? "" : value.strip().toLowerCase(java.util.Locale.ROOT));
    }
}
