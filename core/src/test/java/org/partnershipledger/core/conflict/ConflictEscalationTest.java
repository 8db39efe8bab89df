package org.partnershipledger.core.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.partnershipledger.core.conflict.ConflictCases.APPOINTED;
import static org.partnershipledger.core.conflict.ConflictCases.IN_AGREEMENT;
import static org.partnershipledger.core.conflict.ConflictCases.READING;
import static org.partnershipledger.core.conflict.ConflictCases.assertClosed;
import static org.partnershipledger.core.conflict.ConflictCases.assertRejected;
import static org.partnershipledger.core.conflict.ConflictCases.assertUnknown;
import static org.partnershipledger.core.conflict.ConflictCases.raise;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.RuleViolation;

/** Handing a conflict the partners cannot resolve themselves to a mediator. */
class ConflictEscalationTest {

    private final Conflicts conflicts = new Conflicts();

    @Test
    void escalationGoesToTheMediatorNamedInTheAgreement() {
        raise(conflicts, READING);

        assertThat(conflicts.checkEscalation(READING, Optional.of(IN_AGREEMENT), Optional.empty()))
                .isEqualTo(IN_AGREEMENT);
    }

    @Test
    void aMediatorAppointedOnEscalationIsEnoughWhenTheAgreementNamesNone() {
        raise(conflicts, READING);

        assertThat(conflicts.checkEscalation(READING, Optional.empty(), Optional.of(APPOINTED)))
                .isEqualTo(APPOINTED);
    }

    @Test
    void aMediatorAppointedOnEscalationTakesPrecedenceOverTheOneInTheAgreement() {
        raise(conflicts, READING);

        assertThat(conflicts.checkEscalation(READING, Optional.of(IN_AGREEMENT), Optional.of(APPOINTED)))
                .isEqualTo(APPOINTED);
    }

    @Test
    void escalatingWithoutAnyMediatorIsRejected() {
        raise(conflicts, READING);

        assertRejected(
                        () -> conflicts.checkEscalation(READING, Optional.empty(), Optional.empty()),
                        NoMediatorException.class)
                .hasFieldOrPropertyWithValue("rule", "no-mediator")
                .hasFieldOrPropertyWithValue("kind", RuleViolation.Kind.CONFLICTING_STATE)
                .hasFieldOrPropertyWithValue("conflictId", READING)
                .hasMessageContaining("names no mediator");
    }

    @Test
    void escalatingAnUnknownConflictIsRejected() {
        assertUnknown(() -> conflicts.checkEscalation(READING, Optional.of(IN_AGREEMENT), Optional.empty()));
    }

    @Test
    void anAbandonedConflictCannotBeEscalated() {
        raise(conflicts, READING);
        conflicts.onAbandoned(READING);

        assertClosed(
                () -> conflicts.checkEscalation(READING, Optional.of(IN_AGREEMENT), Optional.empty()),
                ConflictState.ABANDONED);
    }

    @Test
    void anEscalatedConflictCannotBeEscalatedAgain() {
        raise(conflicts, READING);
        conflicts.onEscalated(READING, IN_AGREEMENT);

        assertRejected(
                        () -> conflicts.checkEscalation(READING, Optional.empty(), Optional.of(APPOINTED)),
                        ConflictAlreadyEscalatedException.class)
                .hasFieldOrPropertyWithValue("rule", "conflict-already-escalated")
                .hasFieldOrPropertyWithValue("kind", RuleViolation.Kind.CONFLICTING_STATE)
                .hasFieldOrPropertyWithValue("mediator", IN_AGREEMENT)
                .hasMessageContaining("Karen Holm (Center for Konfliktløsning)");
    }

    @Test
    void anEscalatedConflictIsWithItsMediator() {
        raise(conflicts, READING);
        conflicts.onEscalated(READING, APPOINTED);

        assertThat(conflicts.find(READING)).hasValueSatisfying(conflict -> {
            assertThat(conflict.state()).isEqualTo(ConflictState.ESCALATED);
            assertThat(conflict.mediator()).contains(APPOINTED);
        });
    }

    @Test
    void checkingAnEscalationChangesNothing() {
        raise(conflicts, READING);

        conflicts.checkEscalation(READING, Optional.of(IN_AGREEMENT), Optional.empty());

        assertThat(conflicts.find(READING).orElseThrow().state()).isEqualTo(ConflictState.RAISED);
    }

    @Test
    void aMediationSessionMayBeRecordedOnAnEscalatedConflict() {
        raise(conflicts, READING);
        conflicts.onEscalated(READING, IN_AGREEMENT);

        assertThatNoException().isThrownBy(() -> conflicts.checkMediationSession(READING));
    }

    @Test
    void aMediationSessionOnAConflictNotEscalatedIsRejected() {
        raise(conflicts, READING);

        assertRejected(() -> conflicts.checkMediationSession(READING), ConflictNotEscalatedException.class)
                .hasFieldOrPropertyWithValue("rule", "conflict-not-escalated")
                .hasFieldOrPropertyWithValue("kind", RuleViolation.Kind.CONFLICTING_STATE)
                .hasFieldOrPropertyWithValue("conflictId", READING);
    }

    @Test
    void aMediationSessionOnAnUnknownConflictIsRejected() {
        assertUnknown(() -> conflicts.checkMediationSession(READING));
    }

    @Test
    void aMediationSessionOnAResolvedConflictIsRejected() {
        raise(conflicts, READING);
        conflicts.onEscalated(READING, IN_AGREEMENT);
        conflicts.onResolved(READING);

        assertClosed(() -> conflicts.checkMediationSession(READING), ConflictState.RESOLVED);
    }

    @Test
    void aMediationSessionOnAnAbandonedConflictIsRejected() {
        raise(conflicts, READING);
        conflicts.onEscalated(READING, IN_AGREEMENT);
        conflicts.onAbandoned(READING);

        assertClosed(() -> conflicts.checkMediationSession(READING), ConflictState.ABANDONED);
    }

    @Test
    void everyMediationSessionIsCountedApartFromTheDialogueSteps() {
        raise(conflicts, READING);
        conflicts.onStepRecorded(READING);
        conflicts.onEscalated(READING, IN_AGREEMENT);
        conflicts.onMediationSessionRecorded(READING);
        conflicts.onMediationSessionRecorded(READING);

        assertThat(conflicts.find(READING)).hasValueSatisfying(conflict -> {
            assertThat(conflict.dialogueSteps()).isEqualTo(1);
            assertThat(conflict.mediationSessions()).isEqualTo(2);
        });
    }

    @Test
    void aResolvedConflictCannotBeEscalated() {
        raise(conflicts, READING);
        conflicts.onResolved(READING);

        assertClosed(
                        () -> conflicts.checkEscalation(READING, Optional.of(IN_AGREEMENT), Optional.empty()),
                        ConflictState.RESOLVED)
                .hasMessageContaining("cannot be escalated");
    }
}
