package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.web.security.Capacity;
import org.partnershipledger.web.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What each reader sees of one partnership over HTTP: researchers by pseudonym and without free text
 * until the partners open the history, conflicts in full only to those in them and the mediator,
 * diaries only to their author unless shared.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PrivacyApiTest {

    private static final List<String> READS = List.of("", "/events?limit=500", "/timeline", "/decisions", "/conflicts");
    private static final String MINUTES = "Anne was upset about the budget";
    private static final String STANCE_REASON = "Because of my own illness";
    private static final String CONFLICT_TEXT = "Mads shouted at the volunteers";
    private static final String DIARY_TEXT = "I felt unheard again today";
    private static final String CITIZEN = "Karen Jensen";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    private String partnership;
    private String conflictId;
    private String diaryEntry;
    private String decision;
    private String a;
    private String b;
    private String c;
    private TestUsers test;
    private String suffix;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws Exception {
        String directory = Files.createTempDirectory("ledger-privacy").toString();
        registry.add("ledger.data-dir", () -> directory);
        registry.add("ledger.mongodb.uri", () -> "");
    }

    /** Partners A and B in a conflict mediated by Mette; C (a citizen) stands outside it. */
    @BeforeEach
    void recordAPartnershipWithAConflictAndADiary() throws Exception {
        test = new TestUsers(users, port);
        suffix = PersonId.generate().value().substring(0, 8);
        LedgerHttp facilitator = test.user(new PersonId("facilitator-" + suffix), Capacity.FACILITATOR);
        HttpResponse<String> formed = facilitator.post(
                "/api/partnerships",
                """
                {"name": "Ældre i Aarhus", "purpose": "Older people less lonely", "occurredOn": "2024-01-10",
                 "partners": [{"name": "Aarhus Kommune", "sector": "PUBLIC"},
                              {"name": "Ældre Sagen", "sector": "VOLUNTARY"},
                              {"name": "%s", "sector": "CITIZEN"}]}"""
                        .formatted(CITIZEN));
        partnership = formed.headers().firstValue("Location").orElseThrow();
        JsonNode partners = facilitator.eventually(partnership).path("partners");
        a = partners.get(0).path("id").asText();
        b = partners.get(1).path("id").asText();
        c = partners.get(2).path("id").asText();
        appoint(facilitator, person("anne"), a, "SECRETARY");
        appoint(facilitator, person("mads"), b, "STEERING_GROUP");
        appoint(facilitator, person("karen"), c, "STEERING_GROUP");
        HttpResponse<String> meeting = as("anne")
                .post(
                        partnership + "/meetings",
                        """
                {"kind": "STEERING_GROUP", "occurredOn": "2024-02-01", "minutes": "%s",
                 "attendees": [{"person": "%s", "represents": "%s"}, {"person": "%s", "represents": "%s"},
                               {"person": "%s", "represents": "%s"}],
                 "proposals": [{"text": "Open our history to research", "proposedBy": "%s", "stances": [
                     {"partner": "%s", "stance": "CONSENT", "givenBy": "%s"},
                     {"partner": "%s", "stance": "CONSENT", "givenBy": "%s"},
                     {"partner": "%s", "stance": "CONSENT", "givenBy": "%s", "reason": "%s"}]}]}"""
                                .formatted(
                                        MINUTES,
                                        person("anne"),
                                        a,
                                        person("mads"),
                                        b,
                                        person("karen"),
                                        c,
                                        a,
                                        a,
                                        person("anne"),
                                        b,
                                        person("mads"),
                                        c,
                                        person("karen"),
                                        STANCE_REASON));
        assertThat(meeting.statusCode()).as(meeting.body()).isEqualTo(201);
        decision =
                test.anonymous().read(meeting.body()).path("proposalIds").get(0).asText();
        HttpResponse<String> raised = as("anne")
                .post(
                        partnership + "/conflicts",
                        """
                {"raisedBy": "%s", "concerning": ["%s"], "topic": "Tone", "category": "COMMUNICATION",
                 "description": "%s", "occurredOn": "2024-02-05"}"""
                                .formatted(a, b, CONFLICT_TEXT));
        String conflict = raised.headers().firstValue("Location").orElseThrow();
        conflictId = conflict.substring(conflict.lastIndexOf('/') + 1);
        assertThat(as("anne")
                        .post(
                                conflict + "/escalation",
                                """
                {"mediator": {"name": "Mette Mægler", "organisation": "", "person": "%s"}, "occurredOn": "2024-02-06"}"""
                                        .formatted(person("mette")))
                        .statusCode())
                .isEqualTo(204);
        HttpResponse<String> written = as("karen")
                .post(
                        partnership + "/diary",
                        """
                {"author": "%s", "occurredOn": "2024-02-07", "text": "%s"}"""
                                .formatted(person("karen"), DIARY_TEXT));
        diaryEntry = written.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void aResearcherReadsPseudonymsAndNoFreeTextNamesOrDiaries() throws Exception {
        LedgerHttp researcher = test.researcher();

        for (String read : READS) {
            String body = ok(researcher.get(partnership + read));
            for (String secret : List.of(
                    person("anne"),
                    person("mads"),
                    person("karen"),
                    person("mette"),
                    "Mette Mægler",
                    MINUTES,
                    STANCE_REASON,
                    CONFLICT_TEXT,
                    DIARY_TEXT,
                    CITIZEN)) {
                assertThat(body).as(read).doesNotContain(secret);
            }
        }
        assertThat(ok(researcher.get("/api/conflicts/" + conflictId))).doesNotContain(CONFLICT_TEXT);
        assertThat(ok(researcher.get("/api/partnerships")))
                .doesNotContain(CITIZEN)
                .contains("Aarhus Kommune");
        assertThat(ok(researcher.get(partnership + "/decisions")))
                .isEqualTo(ok(researcher.get(partnership + "/decisions")));
    }

    @Test
    void onceThePartnersOpenTheirHistoryAResearcherReadsItsFreeTextStillByPseudonym() throws Exception {
        HttpResponse<String> opened = as("anne")
                .post(
                        partnership + "/research-opening",
                        """
                {"proposalId": "%s", "occurredOn": "2024-03-01"}""".formatted(decision));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(204);

        String events = ok(test.researcher().get(partnership + "/events?limit=500"));

        assertThat(events).contains(MINUTES).contains(CONFLICT_TEXT).contains(STANCE_REASON);
        assertThat(events)
                .doesNotContain(person("anne"))
                .doesNotContain(DIARY_TEXT)
                .doesNotContain(CITIZEN);
    }

    @Test
    void aRepresentativeOutsideAConflictSeesItsStateButNotWhatItIsAbout() throws Exception {
        JsonNode seenByKaren = read(as("karen").get("/api/conflicts/" + conflictId));
        JsonNode listedForKaren = read(as("karen").get(partnership + "/conflicts"))
                .path("conflicts")
                .get(0);

        for (JsonNode conflict : List.of(seenByKaren, listedForKaren)) {
            assertThat(conflict.path("state").asText()).isEqualTo("ESCALATED");
            assertThat(conflict.path("description").asText()).isEqualTo("(withheld)");
        }
        for (String insider : List.of("anne", "mads", "mette")) {
            assertThat(read(as(insider).get("/api/conflicts/" + conflictId))
                            .path("description")
                            .asText())
                    .as(insider)
                    .isEqualTo(CONFLICT_TEXT);
            assertThat(ok(as(insider).get(partnership + "/conflicts")))
                    .as(insider)
                    .contains(CONFLICT_TEXT);
        }
    }

    @Test
    void aDiaryEntryIsReadOnlyByItsAuthorUntilSharedAndNeverByResearchers() throws Exception {
        assertThat(ok(as("karen").get(partnership + "/events?limit=500"))).contains(DIARY_TEXT);
        assertThat(ok(as("anne").get(partnership + "/events?limit=500"))).doesNotContain(DIARY_TEXT);

        HttpResponse<String> shared = as("karen")
                .post(
                        diaryEntry + "/visibility",
                        """
                {"requestedBy": "%s", "visibility": "SHARED", "occurredOn": "2024-02-08"}"""
                                .formatted(person("karen")));
        assertThat(shared.statusCode()).as(shared.body()).isEqualTo(204);

        assertThat(ok(as("anne").get(partnership + "/events?limit=500"))).contains(DIARY_TEXT);
        assertThat(ok(test.researcher().get(partnership + "/events?limit=500"))).doesNotContain(DIARY_TEXT);
    }

    @Test
    void someoneWhoTakesNoPartListsNoneOfItAndMayNotReadIt() throws Exception {
        LedgerHttp outsider = as("outsider");

        assertThat(read(outsider.get("/api/partnerships"))).isEmpty();
        assertThat(outsider.get(partnership).statusCode()).isEqualTo(403);
        assertThat(read(as("anne").get("/api/partnerships")).findValuesAsText("id"))
                .contains(partnership.substring(partnership.lastIndexOf('/') + 1));
    }

    private String person(String name) {
        return name + "-" + suffix;
    }

    private LedgerHttp as(String name) {
        return test.person(person(name));
    }

    private void appoint(LedgerHttp facilitator, String person, String partner, String role) throws Exception {
        HttpResponse<String> appointed = facilitator.post(
                partnership + "/representatives",
                """
                {"person": "%s", "partner": "%s", "role": "%s", "occurredOn": "2024-01-15"}"""
                        .formatted(person, partner, role));
        assertThat(appointed.statusCode()).as(appointed.body()).isEqualTo(201);
    }

    private String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private JsonNode read(HttpResponse<String> response) throws Exception {
        return test.anonymous().read(ok(response));
    }
}
