package org.partnershipledger.core.conflict;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.RuleViolation;

/** The Esbjerg partnership (DOMAIN.md), whose agreement names an outside centre as mediator, as test data. */
final class ConflictCases {

    static final PartnerId VINDROSEN = new PartnerId("vindrosen");
    static final PartnerId ESBJERG_KOMMUNE = new PartnerId("esbjerg-kommune");
    static final PartnerId POLITI = new PartnerId("politi");
    static final ConflictId READING = new ConflictId("c-reading");
    static final ConflictId OTHER = new ConflictId("c-other");
    static final MediatorRef IN_AGREEMENT = new MediatorRef("Karen Holm", "Center for Konfliktløsning");
    static final MediatorRef APPOINTED = new MediatorRef("Ole Berg", "");

    private ConflictCases() {}

    /** Vindrosen raises a conflict with the municipality about how the agreement reads. */
    static void raise(Conflicts conflicts, ConflictId conflictId) {
        conflicts.onRaised(conflictId, VINDROSEN, List.of(ESBJERG_KOMMUNE));
    }

    static AbstractThrowableAssert<?, ? extends Throwable> assertRejected(
            ThrowingCallable check, Class<? extends RuleViolation> rejection) {
        return assertThatThrownBy(check).isInstanceOf(rejection);
    }

    static void assertUnknown(ThrowingCallable check) {
        assertRejected(check, UnknownConflictException.class)
                .hasFieldOrPropertyWithValue("rule", "unknown-conflict")
                .hasFieldOrPropertyWithValue("kind", RuleViolation.Kind.UNKNOWN)
                .hasFieldOrPropertyWithValue("conflictId", READING);
    }

    static AbstractThrowableAssert<?, ? extends Throwable> assertClosed(ThrowingCallable check, ConflictState state) {
        return assertRejected(check, ConflictClosedException.class)
                .hasFieldOrPropertyWithValue("rule", "conflict-closed")
                .hasFieldOrPropertyWithValue("kind", RuleViolation.Kind.CONFLICTING_STATE)
                .hasFieldOrPropertyWithValue("conflictId", READING)
                .hasFieldOrPropertyWithValue("state", state);
    }
}
