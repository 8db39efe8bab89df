package org.partnershipledger.core.diary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PersonId;

/** A diary entry travels inside an event, so it must survive plain Jackson. */
class DiaryEntrySerializationTest {

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final DiaryEntry entry = new DiaryEntry(
            new PersonId("experience-expert"), LocalDate.of(2024, 3, 5), "I felt listened to.", Visibility.SHARED);

    @Test
    void anEntrySurvivesTheRoundTripThroughJson() throws Exception {
        assertThat(json.readValue(json.writeValueAsString(entry), DiaryEntry.class))
                .isEqualTo(entry);
    }

    @Test
    void anEntryIsStoredWithAnIsoDateAndItsVisibility() throws Exception {
        var stored = json.readTree(json.writeValueAsString(entry));

        assertThat(stored.at("/occurredOn").asText()).isEqualTo("2024-03-05");
        assertThat(stored.at("/visibility").asText()).isEqualTo("SHARED");
    }

    @Test
    void anEntryIdSurvivesTheRoundTripThroughJson() throws Exception {
        DiaryEntryId entryId = new DiaryEntryId("entry-1");

        assertThat(json.readValue(json.writeValueAsString(entryId), DiaryEntryId.class))
                .isEqualTo(entryId);
    }
}
