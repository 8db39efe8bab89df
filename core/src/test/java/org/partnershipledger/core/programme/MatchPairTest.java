package org.partnershipledger.core.programme;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipledger.core.programme.People.EXPERT_ANNE;
import static org.partnershipledger.core.programme.People.LEADER_CARL;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.PartnershipId;

class MatchPairTest {

    private static final ProgrammeId ID = ProgrammeId.generate();
    private static final LocalDate MATCHED_ON = LocalDate.of(2024, 3, 8);

    @Test
    void aPersonCannotBePairedWithThemselves() {
        assertThatThrownBy(() -> new MatchPair(
                        ID, PairId.generate(), EXPERT_ANNE, EXPERT_ANNE, PartnershipId.generate(), MATCHED_ON))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "strategicLeader");
    }

    @Test
    void aPairWithoutAStrategicLeaderIsRejected() {
        assertThatThrownBy(() ->
                        new MatchPair(ID, PairId.generate(), EXPERT_ANNE, null, PartnershipId.generate(), MATCHED_ON))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "strategicLeader");
    }

    @Test
    void aPairWithoutAPartnershipIsRejected() {
        assertThatThrownBy(() -> new MatchPair(ID, PairId.generate(), EXPERT_ANNE, LEADER_CARL, null, MATCHED_ON))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "pairPartnership");
    }

    @Test
    void aPairWithoutADomainDateIsRejected() {
        assertThatThrownBy(() ->
                        new MatchPair(ID, PairId.generate(), EXPERT_ANNE, LEADER_CARL, PartnershipId.generate(), null))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "occurredOn");
    }
}
