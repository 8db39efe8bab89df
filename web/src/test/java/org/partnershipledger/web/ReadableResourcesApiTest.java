package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.query.disclosure.Pseudonyms;
import org.partnershipledger.web.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What people need to read has an address, and every {@code Location} the ledger answers leads there: an
 * agreement version with its content, hash and signatures, the representatives with their roles and dates,
 * a meeting, a proposal and a stance, a conflict under its partnership, a partner, a diary entry. A
 * researcher reads the same resources by pseudonyms, with no person's id or name in them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadableResourcesApiTest {

    private static final String ANNE = "Anne Sørensen";
    private static final String MADS = "Mads Kjeldgaard";
    private static final String METTE = "Mette Vinther";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    Pseudonyms pseudonyms;

    private TestUsers users;
    private LedgerHttp facilitator;
    private String partnership;
    private String ngo;
    private String municipality;
    private String contentHash;
    /** Every Location answered while the partnership was recorded, by what was recorded. */
    private final Map<String, String> locations = new LinkedHashMap<>();

    private String proposal;
    private String diaryEntry;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws Exception {
        String directory = Files.createTempDirectory("ledger-resources").toString();
        registry.add("ledger.data-dir", () -> directory);
        registry.add("ledger.mongodb.uri", () -> "");
    }

    /**
     * A partnership of an association and a municipality: both sign an agreement, meet and decide, the
     * association raises a conflict, the municipality's signatory hands over to Mette and later gives notice.
     */
    @BeforeAll
    void aPartnershipRecordedThroughTheApi() throws Exception {
        users = new TestUsers(userAccounts, port);
        facilitator = users.facilitator();
        for (String[] person : new String[][] {{"anne", ANNE}, {"mads", MADS}, {"mette", METTE}}) {
            created(
                    "person " + person[0],
                    facilitator.post(
                            "/api/persons",
                            """
                    {"id": "%s", "name": "%s"}""".formatted(person[0], person[1])));
            facilitator.eventually("/api/persons/" + person[0]);
        }
        HttpResponse<String> formed = facilitator.post(
                "/api/partnerships",
                """
                {"name": "Tryghed i Valby", "purpose": "Safer evenings", "occurredOn": "2023-01-10",
                 "partners": [{"name": "Valby Borgerforening", "sector": "VOLUNTARY"},
                              {"name": "Københavns Kommune", "sector": "PUBLIC"}]}""");
        partnership = created("partnership", formed);
        JsonNode partners = facilitator.eventually(partnership).path("partners");
        ngo = partners.get(0).path("id").asText();
        municipality = partners.get(1).path("id").asText();
        created("anne", appoint("anne", ngo, "SIGNATORY", "2023-01-15"));
        created("anne secretary", appoint("anne", ngo, "SECRETARY", "2023-02-01"));
        created("mads", appoint("mads", municipality, "SIGNATORY", "2023-01-15"));

        LedgerHttp anne = users.person("anne");
        LedgerHttp mads = users.person("mads");
        HttpResponse<String> proposed = anne.post(
                partnership + "/agreement/versions",
                """
                {"proposedBy": "%s", "occurredOn": "2023-03-01", "content": %s}"""
                        .formatted(ngo, agreement()));
        created("version", proposed);
        contentHash = anne.read(proposed.body()).path("contentHash").asText();
        created("signature ngo", sign(anne, ngo, "anne"));
        created("signature municipality", sign(mads, municipality, "mads"));

        HttpResponse<String> meeting = anne.post(
                partnership + "/meetings",
                """
                {"kind": "STEERING_GROUP", "occurredOn": "2023-04-01", "agenda": ["Evening walks"],
                 "minutes": "Walks agreed",
                 "attendees": [{"person": "anne", "represents": "%1$s"}, {"person": "mads", "represents": "%2$s"}],
                 "proposals": [{"text": "Walk every Friday", "proposedBy": "%1$s", "stances": [
                     {"partner": "%1$s", "stance": "CONSENT", "givenBy": "anne"},
                     {"partner": "%2$s", "stance": "CONSENT", "givenBy": "mads"}]}]}"""
                        .formatted(ngo, municipality));
        created("meeting", meeting);
        proposal = anne.read(meeting.body()).path("proposalIds").get(0).asText();

        created(
                "conflict",
                anne.post(
                        partnership + "/conflicts",
                        """
                {"raisedBy": "%s", "concerning": ["%s"], "topic": "Lighting", "category": "COMMUNICATION",
                 "description": "The lamps were promised", "occurredOn": "2023-05-01"}"""
                                .formatted(ngo, municipality)));
        created(
                "diary",
                anne.post(
                        partnership + "/diary",
                        """
                {"author": "anne", "occurredOn": "2023-05-02", "text": "A long evening", "visibility": "PRIVATE"}"""));
        diaryEntry = locations.get("diary");
        created(
                "replacement",
                mads.post(
                        partnership + "/representatives/mads/replacement",
                        """
                {"incoming": "mette", "occurredOn": "2023-06-01"}"""));
        created(
                "notice",
                users.person("mette")
                        .post(
                                partnership + "/withdrawals",
                                """
                {"partner": "%s", "reason": "Reorganised", "occurredOn": "2023-07-01"}"""
                                        .formatted(municipality)));
    }

    @Test
    void everyLocationTheLedgerAnsweredLeadsToAResourceItsRecorderReads() throws Exception {
        LedgerHttp anne = users.person("anne");
        Map<String, Integer> statuses = new LinkedHashMap<>();
        for (Map.Entry<String, String> location : locations.entrySet()) {
            LedgerHttp reader = location.getKey().startsWith("person ") ? facilitator : anne;
            statuses.put(
                    location.getKey() + " " + location.getValue(),
                    reader.get(location.getValue()).statusCode());
        }

        assertThat(statuses)
                .hasSize(15)
                .allSatisfy((where, status) -> assertThat(status).as(where).isEqualTo(200));
    }

    @Test
    void anAgreementVersionShowsItsContentHashAndWhoSignedForWhichPartnerWhen() throws Exception {
        JsonNode version = read(users.person("mads"), locations.get("version"));

        assertThat(version.path("version").asInt()).isEqualTo(1);
        assertThat(version.path("contentHash").asText()).isEqualTo(contentHash);
        assertThat(version.path("content").path("goals").path("goals").get(0).asText())
                .isEqualTo("Safer evenings");
        assertThat(version.path("signatures").findValuesAsText("partner")).containsExactly(ngo, municipality);
        assertThat(version.path("signatures").findValuesAsText("signatory")).containsExactly("anne", "mads");
        assertThat(version.path("signatures").findValuesAsText("signedOn")).containsExactly("2023-03-10", "2023-03-10");
        assertThat(version.path("tookEffectOn").asText()).isEqualTo("2023-03-10");
        assertThat(version.path("names").path("anne").asText()).isEqualTo(ANNE);
        JsonNode signature = read(users.person("mads"), locations.get("signature municipality"));
        assertThat(signature.path("signatory").asText()).isEqualTo("mads");
        assertThat(signature.path("names").path("mads").asText()).isEqualTo(MADS);
    }

    @Test
    void theRepresentativesAreListedWithTheirRolesAndTheDaysTheyCameAndLeft() throws Exception {
        JsonNode representatives = read(users.person("anne"), partnership + "/representatives");

        assertThat(representatives.findValuesAsText("person")).containsExactly("anne", "mads", "mette");
        JsonNode anne = representatives.get(0);
        assertThat(anne.path("roles").findValuesAsText("role")).containsExactly("SIGNATORY", "SECRETARY");
        assertThat(anne.path("roles").findValuesAsText("since")).containsExactly("2023-01-15", "2023-02-01");
        assertThat(anne.path("leftOn").isNull()).isTrue();
        JsonNode mads = representatives.get(1);
        assertThat(mads.path("appointedOn").asText()).isEqualTo("2023-01-15");
        assertThat(mads.path("leftOn").asText()).isEqualTo("2023-06-01");
        assertThat(mads.path("replacedBy").asText()).isEqualTo("mette");
        JsonNode mette = read(users.person("anne"), locations.get("replacement"));
        assertThat(mette.path("partner").asText()).isEqualTo(municipality);
        assertThat(mette.path("roles").findValuesAsText("role")).containsExactly("SIGNATORY");
        assertThat(mette.path("appointedOn").asText()).isEqualTo("2023-06-01");
        assertThat(mette.path("names").path("mette").asText()).isEqualTo(METTE);
        JsonNode beforeTheHandOver = read(users.person("anne"), partnership + "/representatives?asOf=2023-05-31");
        assertThat(beforeTheHandOver.findValuesAsText("person")).containsExactly("anne", "mads");
        assertThat(beforeTheHandOver.get(1).path("leftOn").isNull()).isTrue();
    }

    @Test
    void aMeetingShowsItsAttendeesMinutesAndWhatWasDecidedThere() throws Exception {
        JsonNode meeting = read(users.person("mads"), locations.get("meeting"));

        assertThat(meeting.path("heldOn").asText()).isEqualTo("2023-04-01");
        assertThat(meeting.path("attendees").findValuesAsText("person")).containsExactly("anne", "mads");
        assertThat(meeting.path("minutes").asText()).isEqualTo("Walks agreed");
        assertThat(meeting.path("decisions").findValuesAsText("outcome")).containsExactly("ADOPTED");
        assertThat(meeting.path("names").path("mads").asText()).isEqualTo(MADS);
        JsonNode stance = read(users.person("mads"), partnership + "/proposals/" + proposal + "/stances/" + ngo);
        assertThat(stance.path("givenBy").asText()).isEqualTo("anne");
        assertThat(read(users.person("mads"), partnership + "/proposals/" + proposal)
                        .path("text")
                        .asText())
                .isEqualTo("Walk every Friday");
    }

    @Test
    void aConflictAndAPartnerAreReadWhereRecordingThemPointed() throws Exception {
        JsonNode conflict = read(users.person("anne"), locations.get("conflict"));
        assertThat(conflict.path("topic").asText()).isEqualTo("Lighting");
        assertThat(conflict.path("partnershipId").asText()).isEqualTo(id(partnership));

        JsonNode partner = read(users.person("anne"), locations.get("notice"));
        assertThat(partner.path("name").asText()).isEqualTo("Københavns Kommune");
        assertThat(partner.path("joinedOn").asText()).isEqualTo("2023-01-10");
        assertThat(partner.path("leavesOn").isTextual()).isTrue();
        assertThat(partner.path("representatives").findValuesAsText("person")).containsExactly("mette");
    }

    @Test
    void aPrivateDiaryEntryIsReadByItsAuthorAndUnknownToEveryoneElse() throws Exception {
        assertThat(read(users.person("anne"), diaryEntry).path("text").asText()).isEqualTo("A long evening");

        assertProblem(users.person("mette").get(diaryEntry), 404);
        assertProblem(users.researcher().get(diaryEntry), 404);
    }

    @Test
    void whatIsNotRecordedIsANotFoundProblem() throws Exception {
        LedgerHttp anne = users.person("anne");

        for (String path : List.of(
                "/agreement/versions/7",
                "/agreement/versions/1/signatures/no-such-partner",
                "/representatives/nobody",
                "/meetings/no-such-meeting",
                "/proposals/no-such-proposal",
                "/proposals/" + proposal + "/stances/no-such-partner",
                "/conflicts/no-such-conflict",
                "/partners/no-such-partner",
                "/no-such-resource")) {
            assertProblem(anne.get(partnership + path), 404);
        }
        assertProblem(anne.get("/api/partnerships/no-such-partnership/meetings/x"), 404);
    }

    @Test
    void aResearcherReadsEveryResourceByPseudonymsWithNoPersonsIdOrName() throws Exception {
        LedgerHttp researcher = users.researcher();
        String anne = pseudonyms.of(new PersonId("anne")).value();
        String mette = pseudonyms.of(new PersonId("mette")).value();
        List<String> paths = new ArrayList<>(List.of(
                partnership + "/agreement/versions",
                locations.get("version"),
                locations.get("signature ngo"),
                partnership + "/representatives",
                partnership + "/representatives/" + mette,
                partnership + "/meetings",
                locations.get("meeting"),
                partnership + "/proposals/" + proposal,
                partnership + "/proposals/" + proposal + "/stances/" + ngo,
                locations.get("conflict"),
                locations.get("notice")));

        List<String> read = new ArrayList<>();
        for (String path : paths) {
            HttpResponse<String> response = researcher.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            read.add(response.body());
        }

        String everything = String.join("\n", read);
        assertThat(everything).contains(anne, mette);
        for (String person : List.of("anne", "mads", "mette")) {
            assertThat(everything).doesNotContainPattern("\"" + person + "\"");
        }
        for (String name : List.of(ANNE, MADS, METTE)) {
            for (String word : name.split(" ")) {
                assertThat(everything).doesNotContainPattern("(?iu)(?<!\\p{L})" + word + "(?!\\p{L})");
            }
        }
        assertThat(everything).doesNotContain("\"names\"");
        // The person's id is no address for a researcher: they know nobody by it.
        assertProblem(researcher.get(locations.get("replacement")), 404);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    private JsonNode read(LedgerHttp reader, String path) throws Exception {
        HttpResponse<String> response = reader.get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return reader.read(response.body());
    }

    private String created(String what, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(201);
        String location = response.headers().firstValue("Location").orElseThrow();
        locations.put(what, location);
        return location;
    }

    private HttpResponse<String> appoint(String person, String partner, String role, String on) throws Exception {
        return facilitator.post(
                partnership + "/representatives",
                """
                {"person": "%s", "partner": "%s", "role": "%s", "occurredOn": "%s"}"""
                        .formatted(person, partner, role, on));
    }

    private HttpResponse<String> sign(LedgerHttp signatory, String partner, String person) throws Exception {
        return signatory.post(
                partnership + "/agreement/versions/1/signatures",
                """
                {"partner": "%s", "contentHash": "%s", "signatory": "%s", "occurredOn": "2023-03-10"}"""
                        .formatted(partner, contentHash, person));
    }

    private static String id(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private String agreement() {
        return """
                {"background": {"problem": "Evenings feel unsafe",
                                "strengths": [{"partnerId": "%1$s", "strengths": "Volunteers"}]},
                 "goals": {"goals": ["Safer evenings"], "successCriteria": ["Fewer reports"]},
                 "contentAndQuality": {"activity": "Evening walks", "qualityRequirements": "Two walkers"},
                 "organisation": {"rightsAndDuties": "Each partner keeps its autonomy",
                                  "responsibilities": [{"partnerId": "%1$s", "text": "Secretary"}],
                                  "governance": {"steeringGroupCadence": "4 times a year", "workingGroupCadence": "monthly"},
                                  "information": {"internal": "Minutes to all", "external": "Together"}},
                 "dialogue": {"rules": "Raised at the next meeting",
                              "mediator": {"name": "Center for Konfliktløsning", "organisation": ""}},
                 "plan": {"phases": [{"name": "Walks", "startsOn": "2023-04-01", "endsOn": "2023-12-31"}]},
                 "budget": {"financing": "Each partner funds its own part", "moneyExchanged": false},
                 "changes": {"amendment": "Only in agreement", "withdrawal": "Three months' notice", "noticePeriod": "P3M"},
                 "riskAssessment": "Volunteers may tire",
                 "evaluation": {"method": "Report", "measurementPoints": ["Two"], "anchoring": "Valby"},
                 "term": {"startsOn": "2023-03-01", "endsOn": "2024-12-31"},
                 "revisionDate": null,
                 "accession": []}"""
                .formatted(ngo);
    }
}
