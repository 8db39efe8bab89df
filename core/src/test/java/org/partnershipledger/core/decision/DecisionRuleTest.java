package org.partnershipledger.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.core.decision.Parties.AARHUS_POLITI;
import static org.partnershipledger.core.decision.Parties.INSPECTOR;
import static org.partnershipledger.core.decision.Parties.KOMMUNE;
import static org.partnershipledger.core.decision.Parties.MANAGER;
import static org.partnershipledger.core.decision.Parties.MODREHJAELPEN;
import static org.partnershipledger.core.decision.Parties.POLITI;
import static org.partnershipledger.core.decision.Parties.SECRETARY;
import static org.partnershipledger.core.decision.Parties.THREE;
import static org.partnershipledger.core.decision.Parties.abstention;
import static org.partnershipledger.core.decision.Parties.consent;
import static org.partnershipledger.core.decision.Parties.objection;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PartnerId;

class DecisionRuleTest {

    @Test
    void aDecisionIsAdoptedWhenEveryCurrentPartnerConsents() {
        assertThat(DecisionRule.outcome(
                        THREE,
                        List.of(
                                consent(MODREHJAELPEN, SECRETARY),
                                consent(KOMMUNE, MANAGER),
                                consent(POLITI, INSPECTOR))))
                .isEqualTo(Outcome.ADOPTED);
    }

    @Test
    void aDecisionIsAdoptedWhenTheOthersAbstainAndOneConsents() {
        assertThat(DecisionRule.outcome(
                        THREE,
                        List.of(
                                abstention(MODREHJAELPEN, SECRETARY),
                                consent(KOMMUNE, MANAGER),
                                abstention(POLITI, INSPECTOR))))
                .isEqualTo(Outcome.ADOPTED);
    }

    @Test
    void oneObjectionBlocksADecisionTheOthersConsentedTo() {
        assertThat(DecisionRule.outcome(
                        THREE,
                        List.of(
                                consent(MODREHJAELPEN, SECRETARY),
                                consent(KOMMUNE, MANAGER),
                                objection(POLITI, INSPECTOR))))
                .isEqualTo(Outcome.BLOCKED);
    }

    @Test
    void anObjectionBlocksEvenWhileOtherPartnersHaveNotAnswered() {
        assertThat(DecisionRule.outcome(THREE, List.of(objection(POLITI, INSPECTOR))))
                .isEqualTo(Outcome.BLOCKED);
    }

    @Test
    void aDecisionIsPendingWhileAnAbsentPartnerHasNotAnswered() {
        assertThat(DecisionRule.outcome(THREE, List.of(consent(MODREHJAELPEN, SECRETARY), consent(KOMMUNE, MANAGER))))
                .isEqualTo(Outcome.PENDING);
    }

    @Test
    void aDecisionWithoutAnyStanceIsPending() {
        assertThat(DecisionRule.outcome(THREE, List.of())).isEqualTo(Outcome.PENDING);
    }

    @Test
    void aDecisionEveryPartnerAbstainedFromIsNotAdopted() {
        assertThat(DecisionRule.outcome(
                        THREE,
                        List.of(
                                abstention(MODREHJAELPEN, SECRETARY),
                                abstention(KOMMUNE, MANAGER),
                                abstention(POLITI, INSPECTOR))))
                .isEqualTo(Outcome.NOT_ADOPTED);
    }

    @Test
    void theObjectionOfAPartnerThatHasLeftNoLongerBlocks() {
        Set<PartnerId> afterPolitiLeft = Set.of(MODREHJAELPEN, KOMMUNE);

        assertThat(DecisionRule.outcome(
                        afterPolitiLeft,
                        List.of(
                                consent(MODREHJAELPEN, SECRETARY),
                                consent(KOMMUNE, MANAGER),
                                objection(POLITI, INSPECTOR))))
                .isEqualTo(Outcome.ADOPTED);
    }

    @Test
    void theConsentOfAPartnerThatHasLeftDoesNotCount() {
        Set<PartnerId> afterModrehjaelpenLeft = Set.of(KOMMUNE, POLITI);

        assertThat(DecisionRule.outcome(
                        afterModrehjaelpenLeft,
                        List.of(
                                consent(MODREHJAELPEN, SECRETARY),
                                abstention(KOMMUNE, MANAGER),
                                abstention(POLITI, INSPECTOR))))
                .isEqualTo(Outcome.NOT_ADOPTED);
    }

    @Test
    void anAdmittedPartnersMissingStanceMakesADecisionPendingAgain() {
        Set<PartnerId> withAarhusPoliti = Set.of(MODREHJAELPEN, KOMMUNE, POLITI, AARHUS_POLITI);

        assertThat(DecisionRule.outcome(
                        withAarhusPoliti,
                        List.of(
                                consent(MODREHJAELPEN, SECRETARY),
                                consent(KOMMUNE, MANAGER),
                                consent(POLITI, INSPECTOR))))
                .isEqualTo(Outcome.PENDING);
    }
}
