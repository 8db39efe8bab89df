package org.partnershipledger.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipledger.core.agreement.AgreementDraft.VINDROSEN;
import static org.partnershipledger.core.agreement.AgreementVersions.AMENDED;
import static org.partnershipledger.core.agreement.AgreementVersions.AMENDED_TEXT;
import static org.partnershipledger.core.agreement.AgreementVersions.ESBJERG_POLITI;
import static org.partnershipledger.core.agreement.AgreementVersions.FIRST;
import static org.partnershipledger.core.agreement.AgreementVersions.FIRST_TEXT;
import static org.partnershipledger.core.agreement.AgreementVersions.ID;
import static org.partnershipledger.core.agreement.AgreementVersions.PROPOSED;
import static org.partnershipledger.core.agreement.AgreementVersions.SIGNATORY;
import static org.partnershipledger.core.agreement.AgreementVersions.SIGNED;
import static org.partnershipledger.core.agreement.AgreementVersions.propose;
import static org.partnershipledger.core.agreement.AgreementVersions.signByBoth;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.RuleViolation;

class AgreementTest {

    private final Agreement agreement = new Agreement(ID);

    @Test
    void aNewAgreementHasNoVersionAndNoneInForce() {
        assertThat(agreement.latestVersion()).isEmpty();
        assertThat(agreement.versionInForce()).isEmpty();
        assertThat(agreement.nextVersionNumber()).isEqualTo(1);
    }

    @Test
    void versionsAreNumberedFromOneInTheOrderTheyAreProposed() {
        propose(agreement, FIRST_TEXT);

        assertThat(agreement.nextVersionNumber()).isEqualTo(2);
    }

    @Test
    void aProposedVersionKeepsItsTextHashProposerAndDate() {
        propose(agreement, FIRST_TEXT);

        AgreementVersion version = agreement.version(1).orElseThrow();
        assertThat(version.content()).isEqualTo(FIRST_TEXT);
        assertThat(version.hash()).isEqualTo(FIRST);
        assertThat(version.proposedBy()).isEqualTo(VINDROSEN);
        assertThat(version.proposedOn()).isEqualTo(PROPOSED);
        assertThat(version.signatures()).isEmpty();
    }

    @Test
    void theLatestVersionIsTheOneProposedLast() {
        propose(agreement, FIRST_TEXT);
        propose(agreement, AMENDED_TEXT);

        assertThat(agreement.latestVersion()).map(AgreementVersion::number).hasValue(2);
    }

    @Test
    void proposingTheSameTextAsTheLatestVersionIsRejected() {
        propose(agreement, FIRST_TEXT);

        assertThatThrownBy(() -> agreement.requireChanged(FIRST))
                .isInstanceOfSatisfying(VersionUnchangedException.class, rejection -> {
                    assertRule(rejection, "version-unchanged", RuleViolation.Kind.CONFLICTING_STATE);
                    assertThat(rejection.latest()).isEqualTo(1);
                    assertThat(rejection.hash()).isEqualTo(FIRST);
                })
                .hasMessageContaining("same as version 1");
    }

    @Test
    void proposingTheTextOfAnEarlierVersionAgainIsAllowed() {
        propose(agreement, FIRST_TEXT);
        propose(agreement, AMENDED_TEXT);

        assertThatCode(() -> agreement.requireChanged(FIRST)).doesNotThrowAnyException();
    }

    @Test
    void aPartnerMaySignTheLatestVersion() {
        propose(agreement, FIRST_TEXT);

        assertThatCode(() -> agreement.requireSignable(1, FIRST, VINDROSEN, SIGNED))
                .doesNotThrowAnyException();
    }

    @Test
    void aSignatureDatedBeforeTheVersionWasProposedIsRejected() {
        propose(agreement, FIRST_TEXT);

        assertThatThrownBy(() -> agreement.requireSignable(1, FIRST, VINDROSEN, PROPOSED.minusWeeks(2)))
                .isInstanceOfSatisfying(SignaturePredatesVersionException.class, rejection -> {
                    assertRule(rejection, "signature-predates-version", RuleViolation.Kind.CONFLICTING_STATE);
                    assertThat(rejection.proposedOn()).isEqualTo(PROPOSED);
                })
                .hasMessageContaining("proposed on " + PROPOSED);
    }

    @Test
    void aSignatureOnTheDayTheVersionWasProposedIsAccepted() {
        propose(agreement, FIRST_TEXT);

        assertThatCode(() -> agreement.requireSignable(1, FIRST, VINDROSEN, PROPOSED))
                .doesNotThrowAnyException();
    }

    @Test
    void signingBeforeAnyVersionIsProposedIsRejectedAsUnknown() {
        assertThatThrownBy(() -> agreement.requireSignable(1, FIRST, VINDROSEN, SIGNED))
                .isInstanceOfSatisfying(UnknownVersionException.class, rejection -> {
                    assertRule(rejection, "version-unknown", RuleViolation.Kind.UNKNOWN);
                    assertThat(rejection.latest()).isZero();
                })
                .hasMessageContaining("No agreement has been proposed");
    }

    @Test
    void signingAVersionThatDoesNotExistIsRejectedAsUnknown() {
        propose(agreement, FIRST_TEXT);

        assertThatThrownBy(() -> agreement.requireSignable(2, FIRST, VINDROSEN, SIGNED))
                .isInstanceOfSatisfying(UnknownVersionException.class, rejection -> {
                    assertRule(rejection, "version-unknown", RuleViolation.Kind.UNKNOWN);
                    assertThat(rejection.partnershipId()).isEqualTo(ID);
                    assertThat(rejection.version()).isEqualTo(2);
                    assertThat(rejection.latest()).isEqualTo(1);
                })
                .hasMessage("The agreement has no version 2; the latest version is 1.");
    }

    @Test
    void signingASupersededVersionIsRejected() {
        propose(agreement, FIRST_TEXT);
        propose(agreement, AMENDED_TEXT);

        assertThatThrownBy(() -> agreement.requireSignable(1, FIRST, VINDROSEN, SIGNED))
                .isInstanceOfSatisfying(VersionSupersededException.class, rejection -> {
                    assertRule(rejection, "version-superseded", RuleViolation.Kind.CONFLICTING_STATE);
                    assertThat(rejection.version()).isEqualTo(1);
                    assertThat(rejection.latest()).isEqualTo(2);
                    assertThat(rejection.inForce()).isEmpty();
                })
                .hasMessage("Version 1 of the agreement has been superseded by version 2; only version 2 (the latest)"
                        + " can be signed.");
    }

    @Test
    void theVersionInForceMayStillBeSignedWhileAnAmendmentIsPending() {
        propose(agreement, FIRST_TEXT);
        signByBoth(agreement, 1);
        agreement.onTookEffect(1, SIGNED);
        propose(agreement, AMENDED_TEXT);

        assertThatCode(() -> agreement.requireSignable(1, FIRST, ESBJERG_POLITI, SIGNED))
                .doesNotThrowAnyException();
    }

    @Test
    void aVersionOlderThanTheVersionInForceIsSuperseded() {
        propose(agreement, FIRST_TEXT);
        propose(agreement, AMENDED_TEXT);
        signByBoth(agreement, 2);
        agreement.onTookEffect(2, SIGNED);

        assertThatThrownBy(() -> agreement.requireSignable(1, FIRST, ESBJERG_POLITI, SIGNED))
                .isInstanceOfSatisfying(VersionSupersededException.class, rejection -> assertThat(rejection.inForce())
                        .isEqualTo(OptionalInt.of(2)));
    }

    @Test
    void aPendingVersionBetweenTheVersionInForceAndTheLatestIsSuperseded() {
        propose(agreement, FIRST_TEXT);
        signByBoth(agreement, 1);
        agreement.onTookEffect(1, SIGNED);
        propose(agreement, AMENDED_TEXT);
        propose(agreement, FIRST_TEXT);

        assertThatThrownBy(() -> agreement.requireSignable(2, AMENDED, VINDROSEN, SIGNED))
                .isInstanceOf(VersionSupersededException.class)
                .hasMessageContaining("only version 3 (the latest) or version 1 (in force)");
    }

    @Test
    void signingWithTheHashOfOtherTextIsRejected() {
        propose(agreement, FIRST_TEXT);
        propose(agreement, AMENDED_TEXT);

        assertThatThrownBy(() -> agreement.requireSignable(2, FIRST, VINDROSEN, SIGNED))
                .isInstanceOfSatisfying(ContentHashMismatchException.class, rejection -> {
                    assertRule(rejection, "content-hash-mismatch", RuleViolation.Kind.CONFLICTING_STATE);
                    assertThat(rejection.version()).isEqualTo(2);
                    assertThat(rejection.expected()).isEqualTo(AMENDED);
                    assertThat(rejection.given()).isEqualTo(FIRST);
                })
                .hasMessageContaining("saw other text")
                .hasMessageContaining(AMENDED.value())
                .hasMessageContaining(FIRST.value());
    }

    @Test
    void signingTheSameVersionTwiceIsRejected() {
        propose(agreement, FIRST_TEXT);
        agreement.onSigned(1, VINDROSEN, SIGNATORY, SIGNED);

        assertThatThrownBy(() -> agreement.requireSignable(1, FIRST, VINDROSEN, SIGNED))
                .isInstanceOfSatisfying(VersionAlreadySignedException.class, rejection -> {
                    assertRule(rejection, "version-already-signed", RuleViolation.Kind.CONFLICTING_STATE);
                    assertThat(rejection.partner()).isEqualTo(VINDROSEN);
                    assertThat(rejection.signedOn()).isEqualTo(SIGNED);
                })
                .hasMessage("Partner p-vindrosen already signed version 1 of the agreement on 2004-03-01;"
                        + " a partner signs a version once.");
    }

    @Test
    void aPartnerThatSignedAnEarlierVersionMaySignTheAmendment() {
        propose(agreement, FIRST_TEXT);
        agreement.onSigned(1, VINDROSEN, SIGNATORY, SIGNED);
        propose(agreement, AMENDED_TEXT);

        assertThatCode(() -> agreement.requireSignable(2, AMENDED, VINDROSEN, SIGNED))
                .doesNotThrowAnyException();
    }

    @Test
    void aSignatureRecordsTheSignatoryAndTheDate() {
        propose(agreement, FIRST_TEXT);

        agreement.onSigned(1, VINDROSEN, SIGNATORY, SIGNED);

        assertThat(agreement.version(1).orElseThrow().signatureOf(VINDROSEN))
                .hasValue(new Signature(SIGNATORY, SIGNED));
    }

    private static void assertRule(RuleViolation rejection, String rule, RuleViolation.Kind kind) {
        assertThat(rejection.rule()).isEqualTo(rule);
        assertThat(rejection.kind()).isEqualTo(kind);
    }
}
