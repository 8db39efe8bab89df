package org.partnershipledger.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.core.programme.People.EXPERT_ANNE;
import static org.partnershipledger.core.programme.People.FACILITATOR;
import static org.partnershipledger.core.programme.People.LEADER_CARL;
import static org.partnershipledger.core.programme.People.NURSE_EVA;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.store.LedgerSerializer;

class ProgrammeEventSerializationTest {

    private static final ProgrammeId ID = new ProgrammeId("spring-programme");
    private static final ProgrammeStarted STARTED =
            new ProgrammeStarted(ID, "Spring 2024", FACILITATOR, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 5, 15));

    private final ObjectMapper json = LedgerSerializer.objectMapper();

    static List<ProgrammeEvent> everyKindOfEvent() {
        return List.of(
                STARTED,
                new TreatmentRelationshipDeclared(ID, EXPERT_ANNE, NURSE_EVA, LocalDate.of(2024, 3, 4)),
                new PairMatched(
                        ID,
                        new PairId("pair-1"),
                        EXPERT_ANNE,
                        LEADER_CARL,
                        new PartnershipId("pair-partnership-1"),
                        LocalDate.of(2024, 3, 8)),
                new ProgrammeMeetingRecorded(
                        ID,
                        ProgrammeMeetingKind.KICK_OFF,
                        LocalDate.of(2024, 3, 14),
                        List.of(FACILITATOR, EXPERT_ANNE, LEADER_CARL)));
    }

    @ParameterizedTest
    @MethodSource("everyKindOfEvent")
    void everyEventSurvivesTheRoundTripThroughJson(ProgrammeEvent event) throws Exception {
        String stored = json.writeValueAsString(event);

        assertThat(json.readValue(stored, event.getClass())).isEqualTo(event);
    }

    @Test
    void aStartedProgrammeIsStoredAsReadableJsonWithPersonsAsIdsOnly() throws Exception {
        var stored = json.readTree(json.writeValueAsString(STARTED));

        assertThat(stored.at("/programmeId/value").asText()).isEqualTo("spring-programme");
        assertThat(stored.at("/facilitator/value").asText()).isEqualTo("facilitator");
        assertThat(stored.at("/startsOn").asText()).isEqualTo("2024-03-01");
        assertThat(stored.at("/endsOn").asText()).isEqualTo("2024-05-15");
    }

    @Test
    void aStartedProgrammeHappenedOnItsFirstDay() {
        assertThat(STARTED.occurredOn()).isEqualTo(LocalDate.of(2024, 3, 1));
    }
}
