package org.partnershipledger.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.core.agreement.AgreementDraft.ESBJERG_KOMMUNE;
import static org.partnershipledger.core.agreement.AgreementDraft.VINDROSEN;
import static org.partnershipledger.core.agreement.AgreementVersions.AMENDED_TEXT;
import static org.partnershipledger.core.agreement.AgreementVersions.BOTH;
import static org.partnershipledger.core.agreement.AgreementVersions.ESBJERG_POLITI;
import static org.partnershipledger.core.agreement.AgreementVersions.FIRST_TEXT;
import static org.partnershipledger.core.agreement.AgreementVersions.ID;
import static org.partnershipledger.core.agreement.AgreementVersions.SIGNATORY;
import static org.partnershipledger.core.agreement.AgreementVersions.SIGNED;
import static org.partnershipledger.core.agreement.AgreementVersions.propose;
import static org.partnershipledger.core.agreement.AgreementVersions.signByBoth;

import java.time.Period;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgreementInForceTest {

    private final Agreement agreement = new Agreement(ID);

    @Test
    void aVersionIsSignedByAllWhenEveryGivenPartnerHasSigned() {
        propose(agreement, FIRST_TEXT);

        signByBoth(agreement, 1);

        assertThat(agreement.isSignedByAll(1, BOTH)).isTrue();
    }

    @Test
    void aVersionIsNotSignedByAllWhileOnePartnerHasNotSigned() {
        propose(agreement, FIRST_TEXT);

        agreement.onSigned(1, VINDROSEN, SIGNATORY, SIGNED);

        assertThat(agreement.isSignedByAll(1, BOTH)).isFalse();
    }

    @Test
    void theSignatureOfAPartnerThatLeftDoesNotCountTowardsAnother() {
        propose(agreement, FIRST_TEXT);
        agreement.onSigned(1, ESBJERG_POLITI, SIGNATORY, SIGNED);
        agreement.onSigned(1, VINDROSEN, SIGNATORY, SIGNED);

        assertThat(agreement.isSignedByAll(1, BOTH)).isFalse();
        assertThat(agreement.isSignedByAll(1, Set.of(VINDROSEN))).isTrue();
    }

    @Test
    void noVersionIsSignedByAllOfNoPartners() {
        propose(agreement, FIRST_TEXT);

        assertThat(agreement.isSignedByAll(1, Set.of())).isFalse();
    }

    @Test
    void anUnknownVersionIsNotSignedByAll() {
        assertThat(agreement.isSignedByAll(1, BOTH)).isFalse();
    }

    @Test
    void theLatestVersionIsReadyToTakeEffectOnceEveryPartnerHasSigned() {
        propose(agreement, FIRST_TEXT);
        signByBoth(agreement, 1);

        assertThat(agreement.versionReadyToTakeEffect(BOTH)).hasValue(1);
    }

    @Test
    void noVersionIsReadyToTakeEffectWhileAPartnerHasNotSigned() {
        propose(agreement, FIRST_TEXT);
        agreement.onSigned(1, VINDROSEN, SIGNATORY, SIGNED);

        assertThat(agreement.versionReadyToTakeEffect(BOTH)).isEmpty();
    }

    @Test
    void aPartnerLeavingCanCompleteTheSignaturesOfTheLatestVersion() {
        propose(agreement, FIRST_TEXT);
        signByBoth(agreement, 1);

        assertThat(agreement.versionReadyToTakeEffect(Set.of(VINDROSEN, ESBJERG_KOMMUNE, ESBJERG_POLITI)))
                .isEmpty();
        assertThat(agreement.versionReadyToTakeEffect(BOTH)).hasValue(1);
    }

    @Test
    void theVersionInForceDoesNotTakeEffectAgainWhenANewPartnerSignsIt() {
        propose(agreement, FIRST_TEXT);
        signByBoth(agreement, 1);
        agreement.onTookEffect(1, SIGNED);

        agreement.onSigned(1, ESBJERG_POLITI, SIGNATORY, SIGNED.plusMonths(2));

        assertThat(agreement.versionReadyToTakeEffect(Set.of(VINDROSEN, ESBJERG_KOMMUNE, ESBJERG_POLITI)))
                .isEmpty();
    }

    @Test
    void noVersionIsInForceUntilOneTakesEffect() {
        propose(agreement, FIRST_TEXT);
        signByBoth(agreement, 1);

        assertThat(agreement.versionInForce()).isEmpty();
    }

    @Test
    void aVersionThatTookEffectIsInForceFromItsDate() {
        propose(agreement, FIRST_TEXT);
        signByBoth(agreement, 1);

        agreement.onTookEffect(1, SIGNED);

        assertThat(agreement.versionInForce())
                .hasValueSatisfying(
                        version -> assertThat(version.tookEffectOn()).isEqualTo(SIGNED))
                .map(AgreementVersion::number)
                .hasValue(1);
    }

    @Test
    void theOldVersionStaysInForceUntilTheAmendmentTakesEffect() {
        propose(agreement, FIRST_TEXT);
        signByBoth(agreement, 1);
        agreement.onTookEffect(1, SIGNED);
        propose(agreement, AMENDED_TEXT);
        agreement.onSigned(2, VINDROSEN, SIGNATORY, SIGNED.plusMonths(6));

        assertThat(agreement.versionInForce()).map(AgreementVersion::number).hasValue(1);
    }

    @Test
    void anAmendmentSignedByAllTakesOverFromTheVersionInForce() {
        propose(agreement, FIRST_TEXT);
        signByBoth(agreement, 1);
        agreement.onTookEffect(1, SIGNED);
        propose(agreement, AMENDED_TEXT);
        signByBoth(agreement, 2);

        agreement.onTookEffect(2, SIGNED.plusMonths(6));

        assertThat(agreement.versionInForce()).map(AgreementVersion::number).hasValue(2);
    }

    @Test
    void theNoticePeriodInForceIsTheOneOfTheVersionInForce() {
        propose(agreement, FIRST_TEXT);
        signByBoth(agreement, 1);
        agreement.onTookEffect(1, SIGNED);
        propose(agreement, AMENDED_TEXT);

        assertThat(agreement.noticePeriodInForce()).hasValue(Period.ofMonths(3));
    }

    @Test
    void noNoticePeriodAppliesWhileNoVersionIsInForce() {
        propose(agreement, FIRST_TEXT);

        assertThat(agreement.noticePeriodInForce()).isEmpty();
    }

    @Test
    void theMediatorInForceIsTheOneTheVersionInForceNames() {
        propose(agreement, AMENDED_TEXT);
        signByBoth(agreement, 1);
        agreement.onTookEffect(1, SIGNED);

        assertThat(agreement.mediatorInForce()).hasValue(new Mediator("Vindrosen's chair", ""));
    }

    @Test
    void noMediatorIsInForceWhenTheVersionInForceNamesNone() {
        propose(
                agreement,
                new AgreementDraft()
                        .dialogue(new DialogueAndConflictHandling("We talk first.", null))
                        .content());
        signByBoth(agreement, 1);
        agreement.onTookEffect(1, SIGNED);

        assertThat(agreement.mediatorInForce()).isEmpty();
    }
}
