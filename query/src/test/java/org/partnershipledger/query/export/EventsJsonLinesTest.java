package org.partnershipledger.query.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipledger.query.history.HistoryEvent;

class EventsJsonLinesTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyEventIsOneLineOfJsonInTheOrderRecorded() throws Exception {
        List<HistoryEvent> history = ExportHistory.events();

        List<JsonNode> lines = lines(history);

        assertThat(lines).hasSize(history.size());
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i).path("sequence").asLong()).isEqualTo(i);
            assertThat(lines.get(i).path("type").asText())
                    .isEqualTo(history.get(i).type());
        }
    }

    @Test
    void aLineCarriesTheDomainDateTheRecordTimeAndTheEventAsStored() throws Exception {
        JsonNode withdrawal = lines(ExportHistory.events()).get(18);

        assertThat(withdrawal.path("type").asText()).isEqualTo("PartnerWithdrew");
        assertThat(withdrawal.path("occurredOn").asText()).isEqualTo("2004-12-01");
        assertThat(withdrawal.path("recordedAt").asText()).isEqualTo("1970-01-01T00:00:18Z");
        assertThat(withdrawal.path("event").path("partner").path("value").asText())
                .isEqualTo("p-esbjerg");
        assertThat(withdrawal.path("event").path("effectiveOn").asText()).isEqualTo("2005-03-01");
    }

    private List<JsonNode> lines(List<HistoryEvent> history) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EventsJsonLines.write(history, out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).endsWith("\n");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            lines.add(json.readTree(line));
        }
        return lines;
    }
}
