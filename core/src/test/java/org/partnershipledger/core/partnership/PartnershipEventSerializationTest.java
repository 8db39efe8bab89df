package org.partnershipledger.core.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PartnershipId;

class PartnershipEventSerializationTest {

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final PartnershipFormed formed = new PartnershipFormed(
            new PartnershipId("violence-against-women"),
            "Violence against women",
            "Help women exposed to violence",
            LocalDate.of(2003, 8, 15),
            KnownPartners.TWO);

    @Test
    void aFormedPartnershipSurvivesTheRoundTripThroughJson() throws Exception {
        String stored = json.writeValueAsString(formed);

        assertThat(json.readValue(stored, PartnershipFormed.class)).isEqualTo(formed);
    }

    @Test
    void aFormedPartnershipIsStoredAsReadableJsonWithAnIsoDomainDate() throws Exception {
        var stored = json.readTree(json.writeValueAsString(formed));

        assertThat(stored.at("/partnershipId/value").asText()).isEqualTo("violence-against-women");
        assertThat(stored.at("/occurredOn").asText()).isEqualTo("2003-08-15");
        assertThat(stored.at("/partners/0/name").asText()).isEqualTo("Mødrehjælpen");
        assertThat(stored.at("/partners/0/sector").asText()).isEqualTo("VOLUNTARY");
    }
}
