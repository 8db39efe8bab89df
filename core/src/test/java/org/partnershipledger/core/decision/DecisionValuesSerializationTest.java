package org.partnershipledger.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.core.decision.Parties.KOMMUNE;
import static org.partnershipledger.core.decision.Parties.MANAGER;
import static org.partnershipledger.core.decision.Parties.MEDIATOR;
import static org.partnershipledger.core.decision.Parties.MEETING_DAY;
import static org.partnershipledger.core.decision.Parties.MODREHJAELPEN;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** These values travel inside the partnership's events, which are stored as plain Jackson JSON. */
class DecisionValuesSerializationTest {

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final ProposalPut put = new ProposalPut(
            new Proposal(new ProposalId("amend-exit-rules"), "Three months' notice", MODREHJAELPEN, 2),
            List.of(new StanceGiven(KOMMUNE, Stance.OBJECT, MANAGER, "Too short", MEETING_DAY)));

    @Test
    void aProposalPutWithItsStancesSurvivesTheRoundTripThroughJson() throws Exception {
        assertThat(json.readValue(json.writeValueAsString(put), ProposalPut.class))
                .isEqualTo(put);
    }

    @Test
    void attendeesAndGuestsSurviveTheRoundTripThroughJson() throws Exception {
        List<Attendee> attendees = List.of(new Attendee(MANAGER, KOMMUNE), Attendee.guest(MEDIATOR));

        assertThat(json.readValue(json.writeValueAsString(attendees), new TypeReference<List<Attendee>>() {}))
                .isEqualTo(attendees);
    }

    @Test
    void aStanceIsStoredAsReadableJsonWithAnIsoDate() throws Exception {
        var stored = json.readTree(json.writeValueAsString(put));

        assertThat(stored.at("/stances/0/stance").asText()).isEqualTo("OBJECT");
        assertThat(stored.at("/stances/0/occurredOn").asText()).isEqualTo("2004-03-10");
        assertThat(stored.at("/proposal/concernsVersion").asInt()).isEqualTo(2);
    }

    @Test
    void aMeetingsKindIsStoredByName() throws Exception {
        assertThat(json.writeValueAsString(MeetingKind.PAIR_MEETING)).isEqualTo("\"PAIR_MEETING\"");
    }
}
