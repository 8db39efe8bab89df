package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.web.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A history entered from paper, over real HTTP: the secretary records a signature on a paper contract and a
 * stance from a letter on their givers' behalf; stances written into a meeting's minutes by the secretary are
 * confirmed or contested by the partner's own representatives, and a contest makes the decision pending again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RecordedOnBehalfApiTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    MongoDatabase database;

    private TestUsers users;
    private LedgerHttp facilitator;
    private String partnership;
    private String vindrosen;
    private String esbjerg;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws Exception {
        String directory = Files.createTempDirectory("ledger-on-behalf").toString();
        registry.add("ledger.data-dir", () -> directory);
        registry.add("ledger.mongodb.uri", () -> "");
    }

    /** Vindrosen's secretary and signatory, Esbjerg's signatory (in the steering group) and a second member. */
    @BeforeEach
    void formGreenlandersInEsbjerg() throws Exception {
        users = new TestUsers(userAccounts, port);
        facilitator = users.facilitator();
        HttpResponse<String> formed = facilitator.post(
                "/api/partnerships",
                """
                {"name": "Grønlændere i Esbjerg", "purpose": "Inclusion", "occurredOn": "2003-03-01",
                 "partners": [{"name": "Vindrosen", "sector": "VOLUNTARY"},
                              {"name": "Esbjerg Kommune", "sector": "PUBLIC"}]}""");
        partnership = formed.headers().firstValue("Location").orElseThrow();
        JsonNode partners = facilitator.eventually(partnership).path("partners");
        vindrosen = partners.get(0).path("id").asText();
        esbjerg = partners.get(1).path("id").asText();
        appoint("sekretaer", vindrosen, "SECRETARY");
        appoint("inge", vindrosen, "SIGNATORY");
        appoint("ole", esbjerg, "SIGNATORY");
        appoint("ole", esbjerg, "STEERING_GROUP");
        appoint("sofie", esbjerg, "STEERING_GROUP");
    }

    @Test
    void theSecretaryRecordsAPaperSignatureAndALetterStanceToldApartFromActsInTheLedger() throws Exception {
        String hash = propose();
        assertThat(as("inge")
                        .post(signatures(1), signature(vindrosen, hash, "inge"))
                        .statusCode())
                .isEqualTo(201);

        HttpResponse<String> onPaper = as("sekretaer")
                .post(
                        partnership + "/agreement/versions/1/recorded-signatures",
                        """
                        {"partner": "%s", "contentHash": "%s", "signatory": "ole",
                         "document": {"kind": "PAPER_CONTRACT", "date": "2004-03-01", "reference": "Signed at the seminar"}}"""
                                .formatted(esbjerg, hash));

        assertThat(onPaper.statusCode()).as(onPaper.body()).isEqualTo(201);
        assertThat(facilitator
                        .eventually(
                                partnership,
                                view -> view.path("agreementVersionInForce").asInt() == 1)
                        .path("agreementInForceSince")
                        .asText())
                .isEqualTo("2004-03-01");
        JsonNode events = facilitator.eventually(partnership + "/events").path("events");
        assertThat(events.findValues("recordedOnBehalf").stream()
                        .filter(JsonNode::isObject)
                        .map(document -> document.path("recordedBy").asText() + " "
                                + document.path("kind").asText())
                        .toList())
                .containsExactly("sekretaer PAPER_CONTRACT");

        String proposal = meeting("Meet monthly", false);
        HttpResponse<String> letter = as("sekretaer")
                .post(
                        proposal + "/recorded-stances",
                        """
                        {"partner": "%s", "stance": "CONSENT", "givenBy": "ole",
                         "document": {"kind": "LETTER", "date": "2004-04-03", "reference": "Letter 2004/17"}}"""
                                .formatted(esbjerg));

        assertThat(letter.statusCode()).as(letter.body()).isEqualTo(201);
        JsonNode decision =
                decision(proposal, view -> view.path("outcome").asText().equals("ADOPTED"));
        assertThat(decision.path("stances").get(0).path("recordedOnBehalf").asBoolean())
                .isFalse();
        JsonNode fromLetter = decision.path("stances").get(1);
        assertThat(fromLetter.path("givenBy").asText()).isEqualTo("ole");
        assertThat(fromLetter.path("recordedBy").asText()).isEqualTo("sekretaer");
        assertThat(fromLetter.path("documentKind").asText()).isEqualTo("LETTER");
        assertThat(fromLetter.path("documentDate").asText()).isEqualTo("2004-04-03");
        assertThat(fromLetter.path("answer").asText()).isEqualTo("UNANSWERED");
    }

    @Test
    void aStanceFromTheMinutesContestedByItsPartnerMakesTheDecisionPendingUntilThePartnerAnswers() throws Exception {
        String proposal = meeting("Hold a seminar", true);
        JsonNode adopted =
                decision(proposal, view -> view.path("outcome").asText().equals("ADOPTED"));
        // The secretary's own stance is theirs; Ole's they wrote down from the meeting.
        assertThat(adopted.path("stances").get(0).path("recordedOnBehalf").asBoolean())
                .isFalse();
        assertThat(adopted.path("stances").get(1).path("documentKind").asText()).isEqualTo("MINUTES");

        HttpResponse<String> contested = as("sofie")
                .post(
                        proposal + "/stances/" + esbjerg + "/contest",
                        """
                        {"contestedBy": "sofie", "reason": "We asked for time to think", "occurredOn": "2004-04-05"}""");

        assertThat(contested.statusCode()).as(contested.body()).isEqualTo(204);
        JsonNode pending =
                decision(proposal, view -> view.path("outcome").asText().equals("PENDING"));
        assertThat(pending.path("stances").get(1).path("answer").asText()).isEqualTo("CONTESTED");
        assertThat(pending.path("stances").get(1).path("answeredBy").asText()).isEqualTo("sofie");
        assertRefusedWithoutChange(
                () -> as("sekretaer")
                        .post(
                                partnership + "/research-opening",
                                """
                                {"proposalId": "%s", "occurredOn": "2004-04-06"}"""
                                        .formatted(id(proposal))),
                409,
                "decision-not-adopted");

        HttpResponse<String> ownAnswer = as("ole")
                .post(
                        proposal + "/stances",
                        """
                        {"partner": "%s", "stance": "CONSENT", "givenBy": "ole", "occurredOn": "2004-04-07"}"""
                                .formatted(esbjerg));
        assertThat(ownAnswer.statusCode()).as(ownAnswer.body()).isEqualTo(201);
        decision(proposal, view -> view.path("outcome").asText().equals("ADOPTED"));
    }

    @Test
    void aConfirmedStanceFromTheMinutesKeepsTheDecisionAdoptedAndCannotBeContestedAfterwards() throws Exception {
        String proposal = meeting("Hold a seminar", true);
        decision(proposal, view -> view.path("outcome").asText().equals("ADOPTED"));

        HttpResponse<String> confirmed = as("ole")
                .post(
                        proposal + "/stances/" + esbjerg + "/confirmation",
                        """
                        {"confirmedBy": "ole", "occurredOn": "2004-04-02"}""");

        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(204);
        JsonNode decision = decision(
                proposal,
                view -> view.path("stances").get(1).path("answer").asText().equals("CONFIRMED"));
        assertThat(decision.path("outcome").asText()).isEqualTo("ADOPTED");
        assertRefusedWithoutChange(
                () -> as("sofie").post(proposal + "/stances/" + esbjerg + "/contest", contest("sofie", "2004-04-03")),
                409,
                "recorded-stance-already-answered");
    }

    @Test
    void onlyTheSecretaryOrAFacilitatorRecordsOnBehalfAndOnlyThePartnersOwnPeopleAnswer() throws Exception {
        String hash = propose();
        String recordedSignature =
                """
                {"partner": "%s", "contentHash": "%s", "signatory": "ole",
                 "document": {"kind": "PAPER_CONTRACT", "date": "2004-03-01", "reference": ""}}"""
                        .formatted(esbjerg, hash);
        assertRefusedWithoutChange(
                () -> as("inge").post(partnership + "/agreement/versions/1/recorded-signatures", recordedSignature),
                403,
                "secretary or a facilitator");
        HttpResponse<String> byFacilitator =
                facilitator.post(partnership + "/agreement/versions/1/recorded-signatures", recordedSignature);
        assertThat(byFacilitator.statusCode()).as(byFacilitator.body()).isEqualTo(201);

        String proposal = meeting("Hold a seminar", true);
        assertRefusedWithoutChange(
                () -> as("sekretaer")
                        .post(proposal + "/stances/" + esbjerg + "/contest", contest("sekretaer", "2004-04-03")),
                403,
                "only a representative of partner");
        assertRefusedWithoutChange(
                () -> as("sofie").post(proposal + "/stances/" + esbjerg + "/contest", contest("ole", "2004-04-03")),
                403,
                "own name");
        assertRefusedWithoutChange(
                () -> as("sofie").post(proposal + "/stances/" + esbjerg + "/contest", contest("sofie", "2004-04-16")),
                409,
                "recorded-stance-answer-period-over");
    }

    @Test
    void aPaperSignatureCountsOnlyIfItsSignatoryWasOneOnThePapersDate() throws Exception {
        String hash = propose();

        assertRefusedWithoutChange(
                () -> as("sekretaer")
                        .post(
                                partnership + "/agreement/versions/1/recorded-signatures",
                                """
                                {"partner": "%s", "contentHash": "%s", "signatory": "sofie",
                                 "document": {"kind": "PAPER_CONTRACT", "date": "2004-03-01", "reference": ""}}"""
                                        .formatted(esbjerg, hash)),
                409,
                "not-signatory-on-that-date");
    }

    /** Proposed for Vindrosen by its signatory; returns the version's content hash. */
    private String propose() throws Exception {
        HttpResponse<String> proposed = as("inge")
                .post(
                        partnership + "/agreement/versions",
                        """
                        {"proposedBy": "%s", "occurredOn": "2004-01-15", "content": %s}"""
                                .formatted(vindrosen, agreement()));
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        return facilitator.read(proposed.body()).path("contentHash").asText();
    }

    /**
     * A steering-group meeting the secretary writes in, with Vindrosen's stance their own and, when
     * {@code withEsbjerg}, Esbjerg's stance as Ole gave it there; returns the proposal's path.
     */
    private String meeting(String text, boolean withEsbjerg) throws Exception {
        String esbjergStance = withEsbjerg
                ? ", {\"partner\": \"%s\", \"stance\": \"CONSENT\", \"givenBy\": \"ole\"}".formatted(esbjerg)
                : "";
        HttpResponse<String> recorded = as("sekretaer")
                .post(
                        partnership + "/meetings",
                        """
                        {"kind": "STEERING_GROUP", "occurredOn": "2004-04-01", "minutes": "Decision minutes",
                         "attendees": [{"person": "sekretaer", "represents": "%1$s"}, {"person": "ole", "represents": "%2$s"}],
                         "proposals": [{"text": "%3$s", "proposedBy": "%1$s",
                                        "stances": [{"partner": "%1$s", "stance": "CONSENT", "givenBy": "sekretaer"}%4$s]}]}"""
                                .formatted(vindrosen, esbjerg, text, esbjergStance));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        return partnership + "/proposals/"
                + facilitator.read(recorded.body()).path("proposalIds").get(0).asText();
    }

    private JsonNode decision(String proposal, java.util.function.Predicate<JsonNode> shows) throws Exception {
        String id = id(proposal);
        JsonNode trail = facilitator.eventually(partnership + "/decisions", decisions -> {
            for (JsonNode decision : decisions) {
                if (decision.path("proposalId").asText().equals(id) && shows.test(decision)) {
                    return true;
                }
            }
            return false;
        });
        for (JsonNode decision : trail) {
            if (decision.path("proposalId").asText().equals(id)) {
                assertThat(shows.test(decision)).as(decision.toString()).isTrue();
                return decision;
            }
        }
        throw new AssertionError("no decision " + id + " in " + trail);
    }

    private static String id(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String contest(String by, String on) {
        return """
                {"contestedBy": "%s", "reason": "Not what we said", "occurredOn": "%s"}"""
                .formatted(by, on);
    }

    private String signatures(int version) {
        return partnership + "/agreement/versions/" + version + "/signatures";
    }

    private static String signature(String partner, String hash, String signatory) {
        return """
                {"partner": "%s", "contentHash": "%s", "signatory": "%s", "occurredOn": "2004-03-01"}"""
                .formatted(partner, hash, signatory);
    }

    private LedgerHttp as(String person) {
        return users.person(person);
    }

    private void appoint(String person, String partner, String role) throws Exception {
        HttpResponse<String> appointed = facilitator.post(
                partnership + "/representatives",
                """
                {"person": "%s", "partner": "%s", "role": "%s", "occurredOn": "2003-06-01"}"""
                        .formatted(person, partner, role));
        assertThat(appointed.statusCode()).as(appointed.body()).isEqualTo(201);
    }

    @FunctionalInterface
    private interface Request {
        HttpResponse<String> send() throws Exception;
    }

    private void assertRefusedWithoutChange(Request request, int status, String named) throws Exception {
        long before = database.getCollection("events").countDocuments();
        HttpResponse<String> refused = request.send();
        assertThat(database.getCollection("events").countDocuments()).isEqualTo(before);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(status);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains(named);
    }

    private static String agreement() {
        return """
                {"background": {"problem": "Older people feel unsafe", "strengths": []},
                 "goals": {"goals": ["Feel safe"], "successCriteria": ["Survey"]},
                 "contentAndQuality": {"activity": "Visits", "qualityRequirements": "Trained volunteers"},
                 "organisation": {"rightsAndDuties": "Equal", "responsibilities": [],
                                  "governance": {"steeringGroupCadence": "monthly", "workingGroupCadence": "weekly"},
                                  "information": {"internal": "Minutes", "external": "Together"}},
                 "dialogue": {"rules": "Talk first", "mediator": null},
                 "plan": {"phases": []},
                 "budget": {"financing": "Own", "moneyExchanged": false},
                 "changes": {"amendment": "In agreement", "withdrawal": "Notice", "noticePeriod": "P1M"},
                 "riskAssessment": "Low",
                 "evaluation": {"method": "Survey", "measurementPoints": [], "anchoring": "Council"},
                 "term": {"startsOn": "2024-02-01", "endsOn": null},
                 "revisionDate": null,
                 "accession": []}""";
    }
}
