package org.partnershipledger.core.programme;

import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.RuleViolation;

/** The persons of a programme, as ids only: their names are personal data and never in the ledger. */
final class People {

    static final PersonId FACILITATOR = new PersonId("facilitator");
    static final PersonId EXPERT_ANNE = new PersonId("expert-anne");
    static final PersonId EXPERT_BO = new PersonId("expert-bo");
    static final PersonId LEADER_CARL = new PersonId("leader-carl");
    static final PersonId LEADER_DORTE = new PersonId("leader-dorte");
    static final PersonId NURSE_EVA = new PersonId("nurse-eva");

    private People() {}

    /** A refusal by the rule it names, as a client sees it. */
    static Matcher<Throwable> violates(String rule) {
        return new FeatureMatcher<>(Matchers.equalTo(rule), "a rule violation named", "rule") {
            @Override
            protected String featureValueOf(Throwable actual) {
                return actual instanceof RuleViolation violation ? violation.rule() : null;
            }
        };
    }
}
