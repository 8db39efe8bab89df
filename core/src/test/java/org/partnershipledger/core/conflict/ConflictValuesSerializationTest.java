package org.partnershipledger.core.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.core.conflict.ConflictCases.ESBJERG_KOMMUNE;
import static org.partnershipledger.core.conflict.ConflictCases.IN_AGREEMENT;
import static org.partnershipledger.core.conflict.ConflictCases.POLITI;
import static org.partnershipledger.core.conflict.ConflictCases.VINDROSEN;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The conflict values travel inside events, so they must survive plain Jackson. */
class ConflictValuesSerializationTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anOpeningSurvivesTheRoundTripThroughJson() throws Exception {
        ConflictOpening opening = new ConflictOpening(
                VINDROSEN,
                List.of(ESBJERG_KOMMUNE, POLITI),
                "Press contact",
                "A partner spoke to the press before informing the others.",
                ConflictCategory.COMMUNICATION);

        assertThat(json.readValue(json.writeValueAsString(opening), ConflictOpening.class))
                .isEqualTo(opening);
    }

    @Test
    void anOpeningIsStoredAsReadableJson() throws Exception {
        ConflictOpening opening = new ConflictOpening(
                VINDROSEN, List.of(ESBJERG_KOMMUNE), "Budget", "Who pays the venue.", ConflictCategory.RESOURCES);

        var stored = json.readTree(json.writeValueAsString(opening));

        assertThat(stored.at("/raisedBy/value").asText()).isEqualTo("vindrosen");
        assertThat(stored.at("/concerning/0/value").asText()).isEqualTo("esbjerg-kommune");
        assertThat(stored.at("/category").asText()).isEqualTo("RESOURCES");
    }

    @Test
    void aMediatorAndAConflictIdSurviveTheRoundTripThroughJson() throws Exception {
        ConflictId conflictId = new ConflictId("c-1");

        assertThat(json.readValue(json.writeValueAsString(IN_AGREEMENT), MediatorRef.class))
                .isEqualTo(IN_AGREEMENT);
        assertThat(json.readValue(json.writeValueAsString(conflictId), ConflictId.class))
                .isEqualTo(conflictId);
    }
}
