package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoFlagTest {

    @Test
    void demoOnTheCommandLineSwitchesTheDemoOn() {
        assertThat(LedgerApplication.withDemoFlag(new String[] {"--demo", "--server.port=9090"}))
                .containsExactly("--ledger.demo=true", "--server.port=9090");
    }

    @Test
    void otherArgumentsPassUnchanged() {
        assertThat(LedgerApplication.withDemoFlag(new String[] {"--demonstrate"}))
                .containsExactly("--demonstrate");
    }
}
