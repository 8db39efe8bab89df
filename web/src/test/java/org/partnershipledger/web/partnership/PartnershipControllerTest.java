package org.partnershipledger.web.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.partnership.FormPartnership;
import org.partnershipledger.core.partnership.Partner;
import org.partnershipledger.core.partnership.PartnershipFormed;
import org.partnershipledger.core.partnership.Sector;
import org.partnershipledger.query.disclosure.Pseudonyms;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.query.history.PartnershipHistory;
import org.partnershipledger.query.partnership.ListPartnerships;
import org.partnershipledger.query.partnership.PartnerSummary;
import org.partnershipledger.query.partnership.PartnershipSummary;
import org.partnershipledger.web.api.ProblemDetailsAdvice;
import org.partnershipledger.web.api.SignedIn;
import org.partnershipledger.web.persons.PersonNames;
import org.partnershipledger.web.persons.PersonReading;
import org.partnershipledger.web.persons.PersonRegister;
import org.partnershipledger.web.security.Capacity;
import org.partnershipledger.web.security.Histories;
import org.partnershipledger.web.security.SecurityConfiguration;
import org.partnershipledger.web.security.UserAccounts;
import org.partnershipledger.web.security.VisiblePartnerships;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

// The classes are named explicitly so this test never depends on finding the application class.
@WebMvcTest(PartnershipController.class)
@ContextConfiguration(
        classes = {
            PartnershipController.class,
            PersonNames.class,
            ProblemDetailsAdvice.class,
            Histories.class,
            VisiblePartnerships.class,
            SecurityConfiguration.class
        })
class PartnershipControllerTest {

    private static final String VIOLENCE_AGAINST_WOMEN =
            """
            {"name": "Violence against women", "purpose": "Help women exposed to violence",
             "occurredOn": "2003-08-15",
             "partners": [{"name": "Mødrehjælpen", "sector": "VOLUNTARY"},
                          {"name": "Frederiksberg Kommune", "sector": "PUBLIC"}]}
            """;

    private static final PartnershipSummary SUMMARY = new PartnershipSummary(
            "violence-against-women",
            "Violence against women",
            "Help women exposed to violence",
            LocalDate.of(2003, 8, 15),
            List.of(
                    new PartnerSummary("p-1", "Mødrehjælpen", "VOLUNTARY"),
                    new PartnerSummary("p-2", "Frederiksberg Kommune", "PUBLIC")),
            "ACTIVE");

    @Autowired
    private MockMvc http;

    @MockitoBean
    private CommandGateway commands;

    @MockitoBean
    private QueryGateway queries;

    @MockitoBean
    private PartnershipHistory histories;

    // The authority's participants are read from the event store.
    @MockitoBean
    private EventStore events;

    @MockitoBean
    private UserAccounts users;

    @MockitoBean
    private Pseudonyms pseudonyms;

    // Names beside representatives come from the register, which this slice does not run.
    @MockitoBean
    private RepresentativeViews representatives;

    // Who reads names is the register's and the signed-in reader's; unmocked, this slice reads none.
    @MockitoBean
    private PersonReading reading;

    @MockitoBean
    private PersonRegister register;

    @Autowired
    private PasswordEncoder passwords;

    private RequestPostProcessor facilitator;

    @BeforeEach
    void signIn() {
        facilitator = SignedIn.as(users, passwords, "facilitator", "facilitator-1", Capacity.FACILITATOR);
    }

    private static final PartnershipFormed FORMED = new PartnershipFormed(
            new PartnershipId("violence-against-women"),
            "Violence against women",
            "Help women exposed to violence",
            LocalDate.of(2003, 8, 15),
            List.of(
                    new Partner(new PartnerId("p-1"), "Mødrehjælpen", Sector.VOLUNTARY),
                    new Partner(new PartnerId("p-2"), "Frederiksberg Kommune", Sector.PUBLIC)));

    @Test
    void aValidPartnershipIsRecordedAndItsLocationReturned() throws Exception {
        MvcResult result = http.perform(post("/api/partnerships")
                        .with(facilitator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(VIOLENCE_AGAINST_WOMEN))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/partnerships/[0-9a-f-]{36}")))
                .andReturn();

        ArgumentCaptor<FormPartnership> sent = ArgumentCaptor.forClass(FormPartnership.class);
        verify(commands).sendAndWait(sent.capture());
        FormPartnership command = sent.getValue();
        assertThat(result.getResponse().getHeader("Location"))
                .endsWith("/" + command.partnershipId().value());
        assertThat(result.getResponse().getContentAsString())
                .contains("\"id\":\"" + command.partnershipId().value() + "\"");
        assertThat(command.name()).isEqualTo("Violence against women");
        assertThat(command.purpose()).isEqualTo("Help women exposed to violence");
        assertThat(command.occurredOn()).isEqualTo(LocalDate.of(2003, 8, 15));
        assertThat(command.partners())
                .extracting(Partner::name, Partner::sector)
                .containsExactly(
                        tuple("Mødrehjælpen", Sector.VOLUNTARY), tuple("Frederiksberg Kommune", Sector.PUBLIC));
    }

    @Test
    void withoutSigningInNothingIsRecorded() throws Exception {
        http.perform(post("/api/partnerships")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(VIOLENCE_AGAINST_WOMEN))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));

        verifyNoInteractions(commands);
    }

    @Test
    void onlyAFacilitatorFormsAPartnership() throws Exception {
        RequestPostProcessor researcher = SignedIn.as(users, passwords, "researcher", null, Capacity.RESEARCHER);

        http.perform(post("/api/partnerships")
                        .with(researcher)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(VIOLENCE_AGAINST_WOMEN))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("only a facilitator")));

        verifyNoInteractions(commands);
    }

    @Test
    void aBlankNameIsRejectedAndNothingIsRecorded() throws Exception {
        http.perform(post("/api/partnerships")
                        .with(facilitator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(VIOLENCE_AGAINST_WOMEN.replace("\"Violence against women\"", "\"  \"")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.detail").value(containsString("name")))
                .andExpect(jsonPath("$.errors[0].field").value("name"));

        verifyNoInteractions(commands);
    }

    @Test
    void aPartnershipWithOnePartnerIsRejectedAndNothingIsRecorded() throws Exception {
        http.perform(
                        post("/api/partnerships")
                                .with(facilitator)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        """
                                {"name": "Older people's well-being", "purpose": "Well-being", "occurredOn": "2003-01-10",
                                 "partners": [{"name": "Ældremobiliseringen", "sector": "VOLUNTARY"}]}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("partners"))
                .andExpect(jsonPath("$.errors[0].message").value("a partnership needs at least two partners"));

        verifyNoInteractions(commands);
    }

    @Test
    void aPartnerWithoutANameIsRejectedNamingThatPartner() throws Exception {
        http.perform(post("/api/partnerships")
                        .with(facilitator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(VIOLENCE_AGAINST_WOMEN.replace("\"Frederiksberg Kommune\"", "\"\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("partners[1].name"));

        verifyNoInteractions(commands);
    }

    @Test
    void aDomainDateMoreThanADayAheadIsRejected() throws Exception {
        String nextWeek = LocalDate.now().plusDays(7).toString();

        http.perform(post("/api/partnerships")
                        .with(facilitator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(VIOLENCE_AGAINST_WOMEN.replace("2003-08-15", nextWeek)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("occurredOn"));

        verifyNoInteractions(commands);
    }

    @Test
    void twoPartnersWithTheSameNameAreRejectedByTheDomainNamingThePartners() throws Exception {
        http.perform(post("/api/partnerships")
                        .with(facilitator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(VIOLENCE_AGAINST_WOMEN.replace("Frederiksberg Kommune", "MØDREHJÆLPEN")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("partners"))
                .andExpect(jsonPath("$.detail").value(containsString("MØDREHJÆLPEN")));

        verifyNoInteractions(commands);
    }

    @Test
    void aRecordedPartnershipIsReadBackByItsId() throws Exception {
        given(histories.of("violence-against-women"))
                .willReturn(List.of(
                        new HistoryEvent(0, FORMED.occurredOn(), Instant.parse("2003-08-16T09:00:00Z"), FORMED)));

        http.perform(get("/api/partnerships/violence-against-women").with(facilitator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("violence-against-women"))
                .andExpect(jsonPath("$.formedOn").value("2003-08-15"))
                .andExpect(jsonPath("$.partners[0].name").value("Mødrehjælpen"))
                .andExpect(jsonPath("$.partners[1].sector").value("PUBLIC"))
                .andExpect(jsonPath("$.state").value("ACTIVE"));
    }

    @Test
    void anUnknownPartnershipIsNotFound() throws Exception {
        given(histories.of("no-such-partnership")).willReturn(List.of());

        http.perform(get("/api/partnerships/no-such-partnership").with(facilitator))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Unknown partnership"))
                .andExpect(jsonPath("$.partnershipId").value("no-such-partnership"));
    }

    @Test
    void everyRecordedPartnershipIsListed() throws Exception {
        given(queries.query(any(ListPartnerships.class), any(ResponseType.class)))
                .willReturn(CompletableFuture.completedFuture(List.of(SUMMARY)));

        http.perform(get("/api/partnerships").with(facilitator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value("violence-against-women"))
                .andExpect(jsonPath("$[0].name").value("Violence against women"));
    }
}
