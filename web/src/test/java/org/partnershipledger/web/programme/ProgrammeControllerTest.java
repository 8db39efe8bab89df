package org.partnershipledger.web.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.programme.CloseInTreatmentException;
import org.partnershipledger.core.programme.DeclareTreatmentRelationship;
import org.partnershipledger.core.programme.KickOffAlreadyHeldException;
import org.partnershipledger.core.programme.MatchPair;
import org.partnershipledger.core.programme.ProgrammeId;
import org.partnershipledger.core.programme.ProgrammeMeetingKind;
import org.partnershipledger.core.programme.RecordProgrammeMeeting;
import org.partnershipledger.core.programme.StartProgramme;
import org.partnershipledger.query.disclosure.Pseudonyms;
import org.partnershipledger.query.history.PartnershipHistory;
import org.partnershipledger.query.programme.ProgrammeHistory;
import org.partnershipledger.query.programme.ProgrammeView;
import org.partnershipledger.web.api.ProblemDetailsAdvice;
import org.partnershipledger.web.api.SignedIn;
import org.partnershipledger.web.security.Capacity;
import org.partnershipledger.web.security.SecurityConfiguration;
import org.partnershipledger.web.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

// The classes are named explicitly so this test never depends on finding the application class.
@WebMvcTest(ProgrammeController.class)
@ContextConfiguration(classes = {ProgrammeController.class, ProblemDetailsAdvice.class, SecurityConfiguration.class})
class ProgrammeControllerTest {

    private static final String PROGRAMME = "/api/programmes/spring-programme";

    private static final String SPRING_2024 =
            """
            {"name": "Spring 2024", "facilitator": "facilitator-1",
             "startsOn": "2024-03-01", "endsOn": "2024-05-15"}
            """;
    private static final String ANNE_CLOSE_TO_EVA =
            """
            {"person": "expert-anne", "closeTo": "nurse-eva", "occurredOn": "2024-03-04"}
            """;
    private static final String ANNE_AND_CARL =
            """
            {"experienceExpert": "expert-anne", "strategicLeader": "leader-carl", "occurredOn": "2024-03-08"}
            """;
    private static final String KICK_OFF =
            """
            {"kind": "KICK_OFF", "occurredOn": "2024-03-14",
             "attendees": ["facilitator-1", "expert-anne", "leader-carl"]}
            """;

    @Autowired
    private MockMvc http;

    @MockitoBean
    private CommandGateway commands;

    /** The authority check folds partnerships from the store; these tests answer it through the mocks. */
    @MockitoBean
    private EventStore events;

    @MockitoBean
    private PartnershipHistory histories;

    @MockitoBean
    private UserAccounts users;

    @MockitoBean
    private Pseudonyms pseudonyms;

    @MockitoBean
    private ProgrammeHistory programmes;

    @Autowired
    private PasswordEncoder passwords;

    private RequestPostProcessor facilitator;

    /** The programme's own facilitator, as named in its start. */
    @BeforeEach
    void signIn() {
        facilitator = SignedIn.as(users, passwords, "facilitator", "facilitator-1", Capacity.FACILITATOR);
        given(programmes.view("spring-programme")).willReturn(Optional.of(runBy("facilitator-1")));
    }

    @Test
    void aFacilitatorWhoDoesNotRunTheProgrammeRecordsNothingInIt() throws Exception {
        given(programmes.view("spring-programme")).willReturn(Optional.of(runBy("facilitator-2")));

        for (String[] command : new String[][] {
            {"/treatment-relationships", ANNE_CLOSE_TO_EVA}, {"/pairs", ANNE_AND_CARL}, {"/meetings", KICK_OFF}
        }) {
            postJson(PROGRAMME + command[0], command[1])
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.detail").value(containsString("only the programme's facilitator")));
        }

        verifyNoInteractions(commands);
    }

    private static ProgrammeView runBy(String facilitator) {
        return new ProgrammeView(
                "spring-programme",
                "Spring 2024",
                facilitator,
                LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 5, 15),
                null,
                null,
                0,
                List.of());
    }

    @Test
    void aProgrammeIsStartedAndItsLocationReturned() throws Exception {
        MvcResult result = postJson("/api/programmes", SPRING_2024)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/programmes/[0-9a-f-]{36}")))
                .andReturn();

        ArgumentCaptor<StartProgramme> sent = ArgumentCaptor.forClass(StartProgramme.class);
        verify(commands).sendAndWait(sent.capture());
        StartProgramme command = sent.getValue();
        assertThat(result.getResponse().getHeader("Location")).endsWith("/" + command.programmeId());
        assertThat(result.getResponse().getContentAsString()).contains("\"id\":\"" + command.programmeId() + "\"");
        assertThat(command.name()).isEqualTo("Spring 2024");
        assertThat(command.facilitator()).isEqualTo(new PersonId("facilitator-1"));
        assertThat(command.startsOn()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(command.endsOn()).isEqualTo(LocalDate.of(2024, 5, 15));
    }

    @Test
    void aProgrammeWithoutANameIsRejectedAndNothingIsRecorded() throws Exception {
        postJson("/api/programmes", SPRING_2024.replace("\"Spring 2024\"", "\" \""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("name"));

        verifyNoInteractions(commands);
    }

    @Test
    void aProgrammeShorterThanTwoMonthsIsRejectedByTheDomainNamingItsEnd() throws Exception {
        postJson("/api/programmes", SPRING_2024.replace("2024-05-15", "2024-04-15"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("endsOn"))
                .andExpect(jsonPath("$.detail").value(containsString("two to three months")));

        verifyNoInteractions(commands);
    }

    @Test
    void aTreatmentRelationshipIsDeclaredBetweenTwoPersonIds() throws Exception {
        postJson(PROGRAMME + "/treatment-relationships", ANNE_CLOSE_TO_EVA).andExpect(status().isNoContent());

        verify(commands)
                .sendAndWait(new DeclareTreatmentRelationship(
                        new ProgrammeId("spring-programme"),
                        new PersonId("expert-anne"),
                        new PersonId("nurse-eva"),
                        LocalDate.of(2024, 3, 4)));
    }

    @Test
    void aTreatmentRelationshipWithOneselfIsRejectedNamingTheField() throws Exception {
        postJson(PROGRAMME + "/treatment-relationships", ANNE_CLOSE_TO_EVA.replace("nurse-eva", "expert-anne"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("closeTo"));

        verifyNoInteractions(commands);
    }

    @Test
    void aPairIsMatchedAndTheLocationOfItsPartnershipReturned() throws Exception {
        MvcResult result = postJson(PROGRAMME + "/pairs", ANNE_AND_CARL)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/partnerships/[0-9a-f-]{36}")))
                .andReturn();

        ArgumentCaptor<MatchPair> sent = ArgumentCaptor.forClass(MatchPair.class);
        verify(commands).sendAndWait(sent.capture());
        MatchPair command = sent.getValue();
        assertThat(result.getResponse().getHeader("Location")).endsWith("/" + command.pairPartnership());
        assertThat(result.getResponse().getContentAsString())
                .contains("\"pairId\":\"" + command.pairId() + "\"")
                .contains("\"partnershipId\":\"" + command.pairPartnership() + "\"");
        assertThat(command.programmeId()).isEqualTo(new ProgrammeId("spring-programme"));
        assertThat(command.experienceExpert()).isEqualTo(new PersonId("expert-anne"));
        assertThat(command.strategicLeader()).isEqualTo(new PersonId("leader-carl"));
        assertThat(command.occurredOn()).isEqualTo(LocalDate.of(2024, 3, 8));
    }

    @Test
    void pairingTwoPeopleCloseInTreatmentIsAConflictNamingTheRule() throws Exception {
        given(commands.sendAndWait(any()))
                .willThrow(new CloseInTreatmentException(
                        new ProgrammeId("spring-programme"), new PersonId("expert-anne"), new PersonId("leader-carl")));

        postJson(PROGRAMME + "/pairs", ANNE_AND_CARL)
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rule").value("close-in-treatment"))
                .andExpect(jsonPath("$.detail").value(containsString("course of treatment")));
    }

    @Test
    void aPairMatchedNextWeekIsRejectedNamingTheDate() throws Exception {
        String nextWeek = LocalDate.now().plusDays(7).toString();

        postJson(PROGRAMME + "/pairs", ANNE_AND_CARL.replace("2024-03-08", nextWeek))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("occurredOn"));

        verifyNoInteractions(commands);
    }

    @Test
    void aPairWithoutAStrategicLeaderIsRejectedNamingTheField() throws Exception {
        postJson(PROGRAMME + "/pairs", ANNE_AND_CARL.replace("\"leader-carl\"", "\"\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("strategicLeader"));

        verifyNoInteractions(commands);
    }

    @Test
    void aPairInAProgrammeNeverStartedIsNotFound() throws Exception {
        given(commands.sendAndWait(any()))
                .willThrow(new AggregateNotFoundException("no-such-programme", "not in the event store"));

        postJson("/api/programmes/no-such-programme/pairs", ANNE_AND_CARL)
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Unknown id"))
                .andExpect(jsonPath("$.detail").value(containsString("no-such-programme")));
    }

    @Test
    void theKickOffIsRecordedWithItsAttendees() throws Exception {
        postJson(PROGRAMME + "/meetings", KICK_OFF).andExpect(status().isNoContent());

        ArgumentCaptor<RecordProgrammeMeeting> sent = ArgumentCaptor.forClass(RecordProgrammeMeeting.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue().kind()).isEqualTo(ProgrammeMeetingKind.KICK_OFF);
        assertThat(sent.getValue().occurredOn()).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(sent.getValue().attendees())
                .containsExactly(
                        new PersonId("facilitator-1"), new PersonId("expert-anne"), new PersonId("leader-carl"));
    }

    @Test
    void aSecondKickOffIsAConflictNamingTheRule() throws Exception {
        given(commands.sendAndWait(any()))
                .willThrow(
                        new KickOffAlreadyHeldException(new ProgrammeId("spring-programme"), LocalDate.of(2024, 3, 7)));

        postJson(PROGRAMME + "/meetings", KICK_OFF)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("kick-off-already-held"));
    }

    @Test
    void aMeetingWithoutAttendeesIsRejectedNamingTheField() throws Exception {
        postJson(PROGRAMME + "/meetings", KICK_OFF.replaceFirst("\\[.*]", "[]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("attendees"))
                .andExpect(jsonPath("$.errors[0].message").value("a meeting needs at least one attendee"));

        verifyNoInteractions(commands);
    }

    @Test
    void anUnknownMeetingKindIsRejectedNamingTheChoices() throws Exception {
        postJson(PROGRAMME + "/meetings", KICK_OFF.replace("KICK_OFF", "PAIR_MEETING"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.detail").value(containsString("KICK_OFF, WRAP_UP_EVALUATION, GATHERING")));

        verifyNoInteractions(commands);
    }

    private ResultActions postJson(String path, String body) throws Exception {
        return http.perform(post(path)
                .with(facilitator)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
