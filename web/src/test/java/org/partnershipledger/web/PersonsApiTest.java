package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.web.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The register of persons over HTTP: who registers, who corrects, and who may read a person's name and how
 * to reach them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PersonsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws Exception {
        String directory = Files.createTempDirectory("ledger-persons").toString();
        registry.add("ledger.data-dir", () -> directory);
        registry.add("ledger.mongodb.uri", () -> "");
    }

    private TestUsers test;
    private LedgerHttp facilitator;

    @BeforeEach
    void setUp() {
        test = new TestUsers(users, port);
        facilitator = test.facilitator();
    }

    private String register(LedgerHttp by, String body) throws Exception {
        HttpResponse<String> registered = by.post("/api/persons", body);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        return by.read(registered.body()).path("id").asText();
    }

    @Test
    void aFacilitatorRegistersAPersonUnderAnOpaqueIdAndReadsTheirDetails() throws Exception {
        String id = register(
                facilitator,
                """
                {"name": "  Eva Winther ", "email": "eva@example.dk", "phone": "+45 12 34 56 78",
                 "organisation": "Mødrehjælpen"}""");

        assertThat(id).startsWith("p-").doesNotContainIgnoringCase("eva");
        JsonNode eva = facilitator.eventually("/api/persons/" + id);
        assertThat(eva.path("name").asText()).isEqualTo("Eva Winther");
        assertThat(eva.path("email").asText()).isEqualTo("eva@example.dk");
        assertThat(eva.path("organisation").asText()).isEqualTo("Mødrehjælpen");
        assertThat(facilitator.get("/api/persons").body()).contains(id, "Eva Winther");
    }

    @Test
    void anAdministratorRegistersAPersonAndNoOneElseDoes() throws Exception {
        register(test.administrator(), "{\"name\": \"Ole Dahl\"}");

        HttpResponse<String> byAPerson =
                test.person("someone-" + PersonId.generate()).post("/api/persons", "{\"name\": \"Ole Dahl\"}");
        HttpResponse<String> byAResearcher = test.researcher().post("/api/persons", "{\"name\": \"Ole Dahl\"}");

        assertThat(byAPerson.statusCode()).isEqualTo(403);
        assertThat(byAResearcher.statusCode()).isEqualTo(403);
    }

    @Test
    void aPersonAlreadyInAHistoryIsRegisteredUnderTheirIdOnce() throws Exception {
        String old = "eva-" + PersonId.generate().value();
        assertThat(register(facilitator, "{\"id\": \"%s\", \"name\": \"Eva Winther\"}".formatted(old)))
                .isEqualTo(old);
        facilitator.eventually("/api/persons/" + old);

        HttpResponse<String> again =
                facilitator.post("/api/persons", "{\"id\": \"%s\", \"name\": \"Eva\"}".formatted(old));

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(facilitator.read(again.body()).path("rule").asText()).isEqualTo("person-already-registered");
    }

    @Test
    void aResearcherReadsNoPersonByName() throws Exception {
        String id = register(facilitator, "{\"name\": \"Eva Winther\"}");
        facilitator.eventually("/api/persons/" + id);
        LedgerHttp researcher = test.researcher();

        assertThat(researcher.get("/api/persons").statusCode()).isEqualTo(403);
        HttpResponse<String> one = researcher.get("/api/persons/" + id);
        assertThat(one.statusCode()).isEqualTo(403);
        assertThat(one.body()).doesNotContain("Eva Winther");
    }

    @Test
    void aPartnerInTheSamePartnershipReadsTheNameAlsoInThePartnershipViewButNotHowToReachThemAndAStrangerNothing()
            throws Exception {
        String eva = register(facilitator, "{\"name\": \"Eva Winther\", \"email\": \"eva@example.dk\"}");
        String anders = register(facilitator, "{\"name\": \"Anders Øst\"}");
        String partnership = facilitator
                .post(
                        "/api/partnerships",
                        """
                {"name": "Par", "purpose": "Learn from each other", "occurredOn": "2024-01-10",
                 "partners": [{"name": "Aarhus Kommune", "sector": "PUBLIC"}, {"name": "Frivillige", "sector": "VOLUNTARY"}]}""")
                .headers()
                .firstValue("Location")
                .orElseThrow();
        JsonNode partners = facilitator.eventually(partnership).path("partners");
        appoint(partnership, eva, partners.get(0).path("id").asText());
        appoint(partnership, anders, partners.get(1).path("id").asText());
        facilitator.eventually("/api/persons/" + eva);

        JsonNode asAnders = test.person(anders)
                .read(test.person(anders).get("/api/persons/" + eva).body());
        assertThat(asAnders.path("name").asText()).isEqualTo("Eva Winther");
        assertThat(asAnders.path("email").isNull())
                .as("how to reach her is not theirs to know")
                .isTrue();
        assertThat(test.person(anders).get("/api/persons").body()).contains("Eva Winther", "Anders Øst");
        assertThat(test.person(eva)
                        .read(test.person(eva).get("/api/persons/" + eva).body())
                        .path("email")
                        .asText())
                .isEqualTo("eva@example.dk");

        JsonNode view =
                test.person(anders).read(test.person(anders).get(partnership).body());
        assertThat(view.path("representatives").findValuesAsText("name")).contains("Eva Winther", "Anders Øst");
        assertThat(view.path("representatives").findValuesAsText("person")).contains(eva, anders);
        String asResearcher = test.researcher().get(partnership).body();
        assertThat(asResearcher).contains("representatives").doesNotContain("Eva Winther", "Anders Øst");

        LedgerHttp stranger = test.person("stranger-" + PersonId.generate());
        assertThat(stranger.get("/api/persons/" + eva).statusCode()).isEqualTo(403);
        assertThat(stranger.get("/api/persons").body()).doesNotContain("Eva Winther");
    }

    @Test
    void aPersonCorrectsTheirOwnDetailsAndNoOneElsesWhileAFacilitatorCorrectsAnyones() throws Exception {
        String eva = register(facilitator, "{\"name\": \"Eva Winther\"}");
        String anders = register(facilitator, "{\"name\": \"Anders Øst\"}");

        HttpResponse<String> own =
                test.person(eva).post("/api/persons/" + eva + "/details", "{\"name\": \"Eva Holm\"}");
        HttpResponse<String> others =
                test.person(anders).post("/api/persons/" + eva + "/details", "{\"name\": \"Someone else\"}");
        HttpResponse<String> byFacilitator =
                facilitator.post("/api/persons/" + anders + "/details", "{\"name\": \"Anders Øster\"}");

        assertThat(own.statusCode()).as(own.body()).isEqualTo(204);
        assertThat(others.statusCode()).isEqualTo(403);
        assertThat(byFacilitator.statusCode()).as(byFacilitator.body()).isEqualTo(204);
        facilitator.eventually("/api/persons/" + eva, person -> "Eva Holm"
                .equals(person.path("name").asText()));
    }

    @Test
    void anEmailAddressWithoutAnAtSignIsABadRequestNamingTheField() throws Exception {
        HttpResponse<String> refused =
                facilitator.post("/api/persons", "{\"name\": \"Eva\", \"email\": \"eva.example.dk\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"email\"");
    }

    @Test
    void aPersonTheRegisterDoesNotHoldIsNotFound() throws Exception {
        HttpResponse<String> unknown = facilitator.get("/api/persons/p-nobody");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(facilitator.read(unknown.body()).path("rule").asText()).isEqualTo("unknown-person");
    }

    private void appoint(String partnership, String person, String partner) throws Exception {
        HttpResponse<String> appointed = facilitator.post(
                partnership + "/representatives",
                """
                {"person": "%s", "partner": "%s", "role": "STEERING_GROUP", "occurredOn": "2024-01-15"}"""
                        .formatted(person, partner));
        assertThat(appointed.statusCode()).as(appointed.body()).isEqualTo(201);
    }
}
