package org.partnershipledger.core.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.partnershipledger.core.conflict.ConflictCases.ESBJERG_KOMMUNE;
import static org.partnershipledger.core.conflict.ConflictCases.IN_AGREEMENT;
import static org.partnershipledger.core.conflict.ConflictCases.POLITI;
import static org.partnershipledger.core.conflict.ConflictCases.READING;
import static org.partnershipledger.core.conflict.ConflictCases.VINDROSEN;
import static org.partnershipledger.core.conflict.ConflictCases.assertClosed;
import static org.partnershipledger.core.conflict.ConflictCases.assertRejected;
import static org.partnershipledger.core.conflict.ConflictCases.assertUnknown;
import static org.partnershipledger.core.conflict.ConflictCases.raise;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.RuleViolation;

/** Closing a conflict: resolved with the consent of every partner involved. */
class ConflictResolutionTest {

    private final Conflicts conflicts = new Conflicts();

    @Test
    void aConflictIsResolvedWithTheConsentOfEveryPartnerInvolved() {
        conflicts.onRaised(READING, VINDROSEN, List.of(ESBJERG_KOMMUNE, POLITI));

        assertThatNoException()
                .isThrownBy(() -> conflicts.checkResolution(READING, Set.of(VINDROSEN, ESBJERG_KOMMUNE, POLITI)));
    }

    @Test
    void anEscalatedConflictIsResolvedTheSameWay() {
        raise(conflicts, READING);
        conflicts.onEscalated(READING, IN_AGREEMENT);

        assertThatNoException()
                .isThrownBy(() -> conflicts.checkResolution(READING, Set.of(VINDROSEN, ESBJERG_KOMMUNE)));
    }

    @Test
    void consentFromAPartnerNotInvolvedIsNotNeeded() {
        raise(conflicts, READING);

        assertThatNoException()
                .isThrownBy(() -> conflicts.checkResolution(READING, Set.of(VINDROSEN, ESBJERG_KOMMUNE, POLITI)));
    }

    @Test
    void resolvingWithoutTheConsentOfAConcernedPartnerIsRejectedNamingIt() {
        conflicts.onRaised(READING, VINDROSEN, List.of(ESBJERG_KOMMUNE, POLITI));

        assertRejected(
                        () -> conflicts.checkResolution(READING, Set.of(VINDROSEN, POLITI)),
                        ResolutionConsentMissingException.class)
                .hasFieldOrPropertyWithValue("rule", "resolution-consent-missing")
                .hasFieldOrPropertyWithValue("kind", RuleViolation.Kind.CONFLICTING_STATE)
                .hasFieldOrPropertyWithValue("missing", Set.of(ESBJERG_KOMMUNE))
                .hasMessageContaining("missing: esbjerg-kommune.");
    }

    @Test
    void resolvingWithoutTheRaisersConsentIsRejected() {
        raise(conflicts, READING);

        assertRejected(
                        () -> conflicts.checkResolution(READING, Set.of(ESBJERG_KOMMUNE)),
                        ResolutionConsentMissingException.class)
                .hasFieldOrPropertyWithValue("missing", Set.of(VINDROSEN));
    }

    @Test
    void resolvingWithoutAnyConsentNamesEveryPartnerInvolved() {
        raise(conflicts, READING);

        assertRejected(() -> conflicts.checkResolution(READING, Set.of()), ResolutionConsentMissingException.class)
                .hasFieldOrPropertyWithValue("missing", Set.of(VINDROSEN, ESBJERG_KOMMUNE))
                .hasMessageContaining("missing: esbjerg-kommune, vindrosen.");
    }

    @Test
    void resolvingAnUnknownConflictIsRejected() {
        assertUnknown(() -> conflicts.checkResolution(READING, Set.of(VINDROSEN, ESBJERG_KOMMUNE)));
    }

    @Test
    void resolvingAResolvedConflictAgainIsRejected() {
        raise(conflicts, READING);
        conflicts.onResolved(READING);

        assertClosed(
                () -> conflicts.checkResolution(READING, Set.of(VINDROSEN, ESBJERG_KOMMUNE)), ConflictState.RESOLVED);
    }

    @Test
    void resolvingAnAbandonedConflictIsRejected() {
        raise(conflicts, READING);
        conflicts.onAbandoned(READING);

        assertClosed(
                () -> conflicts.checkResolution(READING, Set.of(VINDROSEN, ESBJERG_KOMMUNE)), ConflictState.ABANDONED);
    }

    @Test
    void aResolvedConflictKeepsItsMediatorAndHistory() {
        raise(conflicts, READING);
        conflicts.onEscalated(READING, IN_AGREEMENT);
        conflicts.onMediationSessionRecorded(READING);
        conflicts.onResolved(READING);

        assertThat(conflicts.find(READING)).hasValueSatisfying(conflict -> {
            assertThat(conflict.state()).isEqualTo(ConflictState.RESOLVED);
            assertThat(conflict.mediator()).contains(IN_AGREEMENT);
            assertThat(conflict.mediationSessions()).isEqualTo(1);
        });
    }
}
