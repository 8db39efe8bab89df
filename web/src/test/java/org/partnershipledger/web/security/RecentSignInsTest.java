package org.partnershipledger.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RecentSignInsTest {

    private final LoginThrottleTest.MovableClock clock = new LoginThrottleTest.MovableClock();
    private final RecentSignIns recent = new RecentSignIns(clock);

    @Test
    void aPasswordJustAcceptedIsRememberedWithTheHashItMatched() {
        recent.remember("anne", "a long password", "$2a$10$hash");

        assertThat(recent.verified("anne", "a long password", "$2a$10$hash")).isTrue();
        assertThat(recent.verified("anne", "another password", "$2a$10$hash")).isFalse();
        assertThat(recent.verified("mads", "a long password", "$2a$10$hash")).isFalse();
    }

    @Test
    void aChangedPasswordHashIsNotMatchedByTheOldPassword() {
        recent.remember("anne", "a long password", "$2a$10$old");

        assertThat(recent.verified("anne", "a long password", "$2a$10$new")).isFalse();
    }

    @Test
    void aRememberedPasswordIsCheckedByBcryptAgainAfterFiveMinutes() {
        recent.remember("anne", "a long password", "$2a$10$hash");

        clock.pass(Duration.ofMinutes(5).plusSeconds(1));

        assertThat(recent.verified("anne", "a long password", "$2a$10$hash")).isFalse();
    }
}
