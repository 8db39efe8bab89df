package org.partnershipledger.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

class AgreementContentSerializationTest {

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final AgreementContent content = AgreementDraft.greenlandersInEsbjerg();

    @Test
    void anAgreementsContentSurvivesTheRoundTripThroughJson() throws Exception {
        String stored = json.writeValueAsString(content);

        assertThat(json.readValue(stored, AgreementContent.class)).isEqualTo(content);
    }

    @Test
    void theRoundTripThroughJsonKeepsTheContentHash() throws Exception {
        AgreementContent read = json.readValue(json.writeValueAsString(content), AgreementContent.class);

        assertThat(ContentHash.of(read)).isEqualTo(ContentHash.of(content));
    }

    @Test
    void anAgreementIsStoredAsReadableJsonWithIsoDatesAndPeriods() throws Exception {
        var stored = json.readTree(json.writeValueAsString(content));

        assertThat(stored.at("/changes/noticePeriod").asText()).isEqualTo("P3M");
        assertThat(stored.at("/term/startsOn").asText()).isEqualTo("2004-03-01");
        assertThat(stored.at("/plan/phases/1/name").asText()).isEqualTo("Seminar and recruitment");
        assertThat(stored.at("/organisation/responsibilities/2/partnerId").isNull())
                .isTrue();
    }

    @Test
    void aContentHashSurvivesTheRoundTripThroughJson() throws Exception {
        ContentHash hash = ContentHash.of(content);

        assertThat(json.readValue(json.writeValueAsString(hash), ContentHash.class))
                .isEqualTo(hash);
    }
}
