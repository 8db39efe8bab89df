package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.web.security.Capacity;
import org.partnershipledger.web.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A person link decides whose partner a user speaks for, so every change of one is on record (who made it,
 * when, from which person to which) and the person it concerns reads it; and an administrator, who never
 * acts for a partner, cannot link their own user to a person.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PersonLinksApiTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    private LedgerHttp administrator;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws Exception {
        String directory = Files.createTempDirectory("ledger-person-links").toString();
        registry.add("ledger.data-dir", () -> directory);
        registry.add("ledger.mongodb.uri", () -> "");
    }

    @BeforeEach
    void signInAsAnAdministrator() {
        if (users.find("links-admin").isEmpty()) {
            users.create("links-admin", TestUsers.PASSWORD, null, Set.of(Capacity.ADMINISTRATOR));
        }
        administrator = new LedgerHttp(port).as("links-admin", TestUsers.PASSWORD);
    }

    @Test
    void everyChangeThatLinkedAUserToAPersonIsRecordedAndThePersonReadsItWithWhoMadeIt() throws Exception {
        assertThat(createUser("karen-account", "karen").statusCode()).isEqualTo(201);
        assertThat(link("karen-account", null).statusCode()).isEqualTo(204);
        assertThat(createUser("mallory", null).statusCode()).isEqualTo(201);
        assertThat(link("mallory", "karen").statusCode()).isEqualTo(204);
        assertThat(link("mallory", null).statusCode()).isEqualTo(204);
        assertThat(link("karen-account", "karen").statusCode()).isEqualTo(204);

        LedgerHttp karen = new LedgerHttp(port).as("karen-account", "karen's own long password");
        HttpResponse<String> seen = karen.get("/api/me/person-links");

        assertThat(seen.statusCode()).as(seen.body()).isEqualTo(200);
        assertThat(changes(karen.read(seen.body())))
                .containsExactly(
                        "karen-account: - -> karen by links-admin",
                        "karen-account: karen -> - by links-admin",
                        "mallory: - -> karen by links-admin",
                        "mallory: karen -> - by links-admin",
                        "karen-account: - -> karen by links-admin");
        assertThat(karen.read(seen.body()).get(0).path("at").asText()).isNotBlank();
        assertThat(changes(administrator.read(administrator
                        .get("/api/admin/users/mallory/person-links")
                        .body())))
                .containsExactly("mallory: - -> karen by links-admin", "mallory: karen -> - by links-admin");
    }

    @Test
    void anAdministratorCannotLinkTheirOwnUserToAPersonAndNothingIsRecorded() throws Exception {
        HttpResponse<String> refused = link("links-admin", "someone-to-act-for");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(administrator.read(refused.body()).path("detail").asText())
                .startsWith("Refused: ")
                .contains("own user");
        assertThat(users.require("links-admin").person()).isNull();
        assertThat(users.linkChangesOf("links-admin")).isEmpty();
    }

    @Test
    void anAdministratorCannotMakeAUserOfTheirOwnNameLinkedToAPerson() throws Exception {
        HttpResponse<String> refused = createUser("Links-Admin", "someone-to-act-for");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(users.require("links-admin").person()).isNull();
        assertThat(users.linkChangesOf("links-admin")).isEmpty();
    }

    @Test
    void aRefusedLinkRecordsNoChange() throws Exception {
        assertThat(createUser("holder", "held-person").statusCode()).isEqualTo(201);
        assertThat(createUser("grabber", null).statusCode()).isEqualTo(201);

        HttpResponse<String> refused = link("grabber", "held-person");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(users.linkChangesOf("grabber")).isEmpty();
    }

    private HttpResponse<String> createUser(String username, String person) throws Exception {
        String password = username.equals("karen-account") ? "karen's own long password" : TestUsers.PASSWORD;
        return administrator.post(
                "/api/admin/users",
                """
                {"username": "%s", "password": "%s", "person": %s, "capacities": []}"""
                        .formatted(username, password, person == null ? "null" : "\"" + person + "\""));
    }

    private HttpResponse<String> link(String username, String person) throws Exception {
        return administrator.post(
                "/api/admin/users/" + username + "/person",
                "{\"person\": " + (person == null ? "null" : "\"" + person + "\"") + "}");
    }

    private static List<String> changes(JsonNode list) {
        List<String> changes = new ArrayList<>();
        list.forEach(change -> changes.add(change.path("username").asText() + ": " + or(change.path("from")) + " -> "
                + or(change.path("to")) + " by " + change.path("by").asText()));
        return changes;
    }

    private static String or(JsonNode person) {
        return person.isNull() || person.isMissingNode() ? "-" : person.asText();
    }
}
