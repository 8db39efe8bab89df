package org.partnershipledger.core.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.partnershipledger.core.conflict.ConflictCases.ESBJERG_KOMMUNE;
import static org.partnershipledger.core.conflict.ConflictCases.IN_AGREEMENT;
import static org.partnershipledger.core.conflict.ConflictCases.OTHER;
import static org.partnershipledger.core.conflict.ConflictCases.POLITI;
import static org.partnershipledger.core.conflict.ConflictCases.READING;
import static org.partnershipledger.core.conflict.ConflictCases.VINDROSEN;
import static org.partnershipledger.core.conflict.ConflictCases.assertClosed;
import static org.partnershipledger.core.conflict.ConflictCases.assertRejected;
import static org.partnershipledger.core.conflict.ConflictCases.assertUnknown;
import static org.partnershipledger.core.conflict.ConflictCases.raise;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.RuleViolation;

/** Raising conflicts, the dialogue between partners, abandoning, and which conflicts are open. */
class ConflictsTest {

    private final Conflicts conflicts = new Conflicts();

    @Test
    void aRaisedConflictIsTrackedWithItsRaiserAndTheConcernedPartners() {
        raise(conflicts, READING);

        assertThat(conflicts.find(READING)).hasValueSatisfying(conflict -> {
            assertThat(conflict.state()).isEqualTo(ConflictState.RAISED);
            assertThat(conflict.raisedBy()).isEqualTo(VINDROSEN);
            assertThat(conflict.concerning()).containsExactly(ESBJERG_KOMMUNE);
            assertThat(conflict.mediator()).isEmpty();
        });
    }

    @Test
    void theRaiserAndTheConcernedPartnersAreThePartnersInvolved() {
        conflicts.onRaised(READING, VINDROSEN, List.of(ESBJERG_KOMMUNE, POLITI));

        assertThat(conflicts.find(READING).orElseThrow().partnersInvolved())
                .containsExactly(VINDROSEN, ESBJERG_KOMMUNE, POLITI);
    }

    @Test
    void aNewConflictIdMayBeRaised() {
        raise(conflicts, OTHER);

        assertThatNoException().isThrownBy(() -> conflicts.checkRaise(READING));
    }

    @Test
    void raisingAConflictWithAnIdAlreadyRaisedIsRejected() {
        raise(conflicts, READING);

        assertRejected(() -> conflicts.checkRaise(READING), ConflictAlreadyRaisedException.class)
                .hasFieldOrPropertyWithValue("rule", "conflict-already-raised")
                .hasFieldOrPropertyWithValue("kind", RuleViolation.Kind.CONFLICTING_STATE)
                .hasFieldOrPropertyWithValue("conflictId", READING);
    }

    @Test
    void anUnknownConflictIsNotFound() {
        assertThat(conflicts.find(READING)).isEmpty();
    }

    @Test
    void aPartnershipWithoutConflictsHasNoOpenConflict() {
        assertThat(conflicts.hasOpenConflict()).isFalse();
        assertThat(conflicts.open()).isEmpty();
    }

    @Test
    void raisedAndEscalatedConflictsAreOpenInTheOrderRaised() {
        raise(conflicts, READING);
        raise(conflicts, OTHER);
        conflicts.onEscalated(READING, IN_AGREEMENT);

        assertThat(conflicts.open()).containsExactly(READING, OTHER);
        assertThat(conflicts.hasOpenConflict()).isTrue();
    }

    @Test
    void resolvedAndAbandonedConflictsAreNoLongerOpen() {
        raise(conflicts, READING);
        raise(conflicts, OTHER);
        conflicts.onResolved(READING);
        conflicts.onAbandoned(OTHER);

        assertThat(conflicts.open()).isEmpty();
        assertThat(conflicts.hasOpenConflict()).isFalse();
    }

    @Test
    void recordingAStepOnAnUnknownConflictIsRejected() {
        assertUnknown(() -> conflicts.checkStep(READING));
    }

    @Test
    void recordingAStepOnAResolvedConflictIsRejected() {
        raise(conflicts, READING);
        conflicts.onResolved(READING);

        assertClosed(() -> conflicts.checkStep(READING), ConflictState.RESOLVED);
    }

    @Test
    void recordingAStepOnAnAbandonedConflictIsRejected() {
        raise(conflicts, READING);
        conflicts.onAbandoned(READING);

        assertClosed(() -> conflicts.checkStep(READING), ConflictState.ABANDONED);
    }

    @Test
    void partnersMayKeepTalkingWhileAMediatorIsInvolved() {
        raise(conflicts, READING);
        conflicts.onEscalated(READING, IN_AGREEMENT);

        assertThatNoException().isThrownBy(() -> conflicts.checkStep(READING));
    }

    @Test
    void everyRecordedDialogueStepIsCounted() {
        raise(conflicts, READING);
        conflicts.onStepRecorded(READING);
        conflicts.onStepRecorded(READING);

        assertThat(conflicts.find(READING).orElseThrow().dialogueSteps()).isEqualTo(2);
    }

    @Test
    void aRaisedConflictMayBeAbandoned() {
        raise(conflicts, READING);

        assertThatNoException().isThrownBy(() -> conflicts.checkAbandonment(READING));
    }

    @Test
    void anEscalatedConflictMayBeAbandoned() {
        raise(conflicts, READING);
        conflicts.onEscalated(READING, IN_AGREEMENT);

        assertThatNoException().isThrownBy(() -> conflicts.checkAbandonment(READING));
    }

    @Test
    void abandoningAnUnknownConflictIsRejected() {
        assertUnknown(() -> conflicts.checkAbandonment(READING));
    }

    @Test
    void abandoningAResolvedConflictIsRejected() {
        raise(conflicts, READING);
        conflicts.onResolved(READING);

        assertClosed(() -> conflicts.checkAbandonment(READING), ConflictState.RESOLVED);
    }

    @Test
    void abandoningAnAbandonedConflictAgainIsRejected() {
        raise(conflicts, READING);
        conflicts.onAbandoned(READING);

        assertClosed(() -> conflicts.checkAbandonment(READING), ConflictState.ABANDONED)
                .hasMessageContaining("has been abandoned, so it cannot be abandoned");
    }
}
