package org.partnershipledger.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fourFailuresCostNothingTheFifthMakesTheUsernameWait() {
        fail("anne", "10.0.0.1", 4);
        assertThat(throttle.waitBeforeTrying("anne", "10.0.0.1")).isZero();

        fail("anne", "10.0.0.1", 1);

        assertThat(throttle.waitBeforeTrying("anne", "10.0.0.2")).isPositive();
        assertThat(throttle.waitBeforeTrying("mads", "10.0.0.2")).isZero();
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToAQuarterOfAnHour() {
        fail("anne", "10.0.0.1", 6);
        assertThat(throttle.waitBeforeTrying("anne", "x")).isEqualTo(Duration.ofSeconds(2));

        fail("anne", "10.0.0.1", 30);

        assertThat(throttle.waitBeforeTrying("anne", "x")).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aSuccessClearsTheUsernameAndAnHourWithoutFailuresForgetsIt() {
        fail("anne", "10.0.0.1", 5);
        throttle.succeeded("anne");
        assertThat(throttle.waitBeforeTrying("anne", "x")).isZero();

        fail("mads", "10.0.0.1", 5);
        clock.pass(Duration.ofMinutes(61));
        assertThat(throttle.waitBeforeTrying("mads", "x")).isZero();
        fail("mads", "10.0.0.1", 1);
        assertThat(throttle.waitBeforeTrying("mads", "x")).isZero();
    }

    @Test
    void oneAddressSprayingManyUsernamesWaitsAtMostAMinute() {
        for (int user = 0; user < 80; user++) {
            fail("user-" + user, "10.0.0.9", 1);
        }

        Duration wait = throttle.waitBeforeTrying("someone-else", "10.0.0.9");

        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
        assertThat(throttle.waitBeforeTrying("someone-else", "10.0.0.10")).isZero();
    }

    @Test
    void nineteenFailuresFromOneAddressCostNothingTheTwentiethMakesItWait() {
        for (int user = 0; user < 19; user++) {
            fail("user-" + user, "10.0.0.9", 1);
        }
        assertThat(throttle.waitBeforeTrying("someone-else", "10.0.0.9")).isZero();

        fail("user-19", "10.0.0.9", 1);

        assertThat(throttle.waitBeforeTrying("someone-else", "10.0.0.9")).isPositive();
    }

    /** The README promises the numbers the code applies. */
    @Test
    void theReadmeStatesTheThrottlesNumbers() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));

        assertThat(LoginThrottle.FREE_FAILURES_PER_USERNAME).isEqualTo(5);
        assertThat(LoginThrottle.FREE_FAILURES_PER_ADDRESS).isEqualTo(20);
        assertThat(readme.replaceAll("\\s+", " "))
                .contains("After five failed sign-ins for a username (or twenty from one address)");
    }

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address);
        }
    }

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T10:00:00Z");

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
