package org.partnershipledger.web.api;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.RuleViolation;
import org.partnershipledger.query.disclosure.Pseudonyms;
import org.partnershipledger.query.history.PartnershipHistory;
import org.partnershipledger.query.partnership.ListPartnerships;
import org.partnershipledger.web.partnership.PartnershipController;
import org.partnershipledger.web.partnership.RepresentativeViews;
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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebMvcTest(PartnershipController.class)
@ContextConfiguration(
        classes = {
            PartnershipController.class,
            PersonNames.class,
            ProblemDetailsAdvice.class,
            StrictJson.class,
            DatesInQueries.class,
            Histories.class,
            VisiblePartnerships.class,
            SecurityConfiguration.class
        })
class ProblemDetailsAdviceTest {

    private static final String VALID_BODY =
            """
            {"name": "Greenlanders in Esbjerg", "purpose": "Well-being", "occurredOn": "2004-03-01",
             "partners": [{"name": "Vindrosen", "sector": "VOLUNTARY"}, {"name": "Esbjerg Kommune", "sector": "PUBLIC"}]}
            """;

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

    @Test
    void anUnknownApiPathIsANotFoundProblemNamingThePath() throws Exception {
        http.perform(get("/api/partnerships-that-are-not").with(facilitator))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Unknown path"))
                .andExpect(jsonPath("$.detail")
                        .value(allOf(
                                containsString("GET /api/partnerships-that-are-not"),
                                not(containsString("static resource")))));
    }

    @Test
    void malformedJsonIsABadRequestProblem() throws Exception {
        postBody("{\"name\": \"Greenlanders in Esbjerg\", ")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Malformed JSON request body"));

        verifyNoInteractions(commands);
    }

    @Test
    void anUnknownSectorIsRejectedNamingTheValueAndTheChoices() throws Exception {
        postBody(VALID_BODY.replace("\"PUBLIC\"", "\"BANANA\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("partners[1].sector"))
                .andExpect(jsonPath("$.detail")
                        .value(allOf(
                                containsString("'BANANA'"),
                                containsString("partners[1].sector"),
                                containsString("one of PUBLIC, VOLUNTARY, PRIVATE, CITIZEN"))));

        verifyNoInteractions(commands);
    }

    @Test
    void aDateThatIsNoDateIsRejectedNamingTheField() throws Exception {
        postBody(VALID_BODY.replace("2004-03-01", "2004-13-45"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("occurredOn"))
                .andExpect(jsonPath("$.detail").value(containsString("a date such as 2003-08-15")));
    }

    @Test
    void aKeyGivenTwiceIsRejectedNamingIt() throws Exception {
        postBody(VALID_BODY.replace(
                        "\"purpose\": \"Well-being\",", "\"purpose\": \"Well-being\", \"name\": \"Other\","))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("is given more than once"));
        postBody(VALID_BODY.replace("{\"name\": \"Vindrosen\",", "{\"name\": \"Vindrosen\", \"name\": \"Other\","))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("partners[0].name"));

        verifyNoInteractions(commands);
    }

    @Test
    void aMomentInTimeOrADayCountIsNoDate() throws Exception {
        for (String notADate :
                new String[] {"\"2004-03-01T00:00:00Z\"", "20040301", "\"2004-3-1\"", "\"+12004-03-01\""}) {
            postBody(VALID_BODY.replace("\"2004-03-01\"", notADate))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("occurredOn"))
                    .andExpect(jsonPath("$.detail").value(containsString("yyyy-MM-dd")));
        }

        verifyNoInteractions(commands);
    }

    @Test
    void aNumberIsNoTextAndTextIsNoNumber() throws Exception {
        for (String number : new String[] {"1e309", "42", "1.5", "true"}) {
            postBody(VALID_BODY.replace("\"Well-being\"", number))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("purpose"))
                    .andExpect(jsonPath("$.detail").value(containsString("expected text")));
        }

        verifyNoInteractions(commands);
    }

    @Test
    void anEnumIsNotItsPosition() throws Exception {
        postBody(VALID_BODY.replace("\"PUBLIC\"", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("partners[1].sector"));

        verifyNoInteractions(commands);
    }

    @Test
    void aValueOfTheWrongTypeIsRejectedWithoutNamingJavaClasses() throws Exception {
        postBody(VALID_BODY.replaceFirst("\"partners\": \\[.*]", "\"partners\": \"Vindrosen\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("partners"))
                .andExpect(content().string(allOf(not(containsString("java.")), not(containsString("jackson")))));
    }

    @Test
    void aMissingBodyIsABadRequestProblem() throws Exception {
        http.perform(post("/api/partnerships").with(facilitator).contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aDomainRejectionWrappedByAxonStillNamesTheField() throws Exception {
        given(commands.sendAndWait(any()))
                .willThrow(new CommandExecutionException(
                        "rejected", new InvalidValueException("partners", "partners must be distinct")));

        postBody(VALID_BODY)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("partners"))
                .andExpect(jsonPath("$.detail").value("partners: partners must be distinct"));
    }

    @Test
    void aBrokenRuleOfTheDomainIsAConflictNamingTheRule() throws Exception {
        given(commands.sendAndWait(any())).willThrow(new VersionSuperseded());

        postBody(VALID_BODY)
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rule").value("version-superseded"))
                .andExpect(jsonPath("$.detail").value("Version 1 is superseded by version 2"));
    }

    private static final class VersionSuperseded extends RuleViolation {
        VersionSuperseded() {
            super("version-superseded", Kind.CONFLICTING_STATE, "Version 1 is superseded by version 2");
        }
    }

    @Test
    void aConcurrentChangeIsAConflictToRetry() throws Exception {
        given(commands.sendAndWait(any())).willThrow(new ConcurrencyException("sequence 0 already taken"));

        postBody(VALID_BODY)
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Concurrent change, retry"));
    }

    @Test
    void aPartnershipWhoseHistoryAlreadyStartedIsAConflict() throws Exception {
        given(commands.sendAndWait(any()))
                .willThrow(new CommandExecutionException("failed", new AggregateStreamCreationException("exists")));

        postBody(VALID_BODY).andExpect(status().isConflict());
    }

    @Test
    void anUnexpectedFailureRevealsNoInternals() throws Exception {
        given(commands.sendAndWait(any())).willThrow(new IllegalStateException("secret connection string"));

        postBody(VALID_BODY)
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(allOf(not(containsString("secret")), not(containsString("IllegalState")))));
    }

    @Test
    void aFailingQueryIsAnUnexpectedFailure() throws Exception {
        given(queries.query(any(ListPartnerships.class), any(ResponseType.class)))
                .willReturn(CompletableFuture.failedFuture(new IllegalStateException("read model down")));

        http.perform(get("/api/partnerships").with(facilitator))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(not(containsString("read model down"))));
    }

    @Test
    void springsOwnFailuresStayProblemsWithTheirStatus() throws Exception {
        http.perform(post("/api/partnerships")
                        .with(facilitator)
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("hello"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aQueryParameterOutsideItsBoundsIsRejectedNamingIt() throws Exception {
        http.perform(get("/api/partnerships/p-1/events?limit=0").with(facilitator))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("limit"))
                .andExpect(jsonPath("$.detail").value(startsWith("limit: ")));

        verifyNoInteractions(histories);
    }

    @Test
    void aQueryParameterOfTheWrongTypeIsRejectedNamingIt() throws Exception {
        http.perform(get("/api/partnerships/p-1/events?limit=many").with(facilitator))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"))
                .andExpect(jsonPath("$.detail").value("limit: must be a whole number"));
        http.perform(get("/api/partnerships/p-1/events?asOf=yesterday").with(facilitator))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("asOf"))
                .andExpect(
                        jsonPath("$.detail").value("asOf: must be a date (YYYY-MM-DD) from 1900-01-01 to 2200-12-31"));
    }

    @Test
    void aQueryDateOutsideTheLedgersRangeOfDatesIsRejectedNamingIt() throws Exception {
        for (String date :
                List.of("-999999999-01-01", "1899-12-31", "2201-01-01", "2005-06-01T00:00:00Z", "20030215")) {
            http.perform(get("/api/partnerships/p-1/events?asOf=" + date).with(facilitator))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("asOf"));
        }
        verifyNoInteractions(histories);
    }

    private ResultActions postBody(String body) throws Exception {
        return http.perform(post("/api/partnerships")
                .with(facilitator)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
