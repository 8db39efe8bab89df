package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.web.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A partnership driven through its life over real HTTP, as an outside client would, each step by the
 * person who takes it: the facilitator sets the partnership up, its representatives act for their partners.
 * Every refused command is answered with a problem naming the rule, and leaves the event store as it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PartnershipLifecycleApiTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    MongoDatabase database;

    private TestUsers users;
    private LedgerHttp facilitator;

    private String partnership;
    private String ngo;
    private String municipality;
    private String police;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws Exception {
        String directory = Files.createTempDirectory("ledger-lifecycle").toString();
        registry.add("ledger.data-dir", () -> directory);
        registry.add("ledger.mongodb.uri", () -> "");
    }

    @BeforeEach
    void formTheViolenceAgainstWomenPartnership() throws Exception {
        users = new TestUsers(userAccounts, port);
        facilitator = users.facilitator();
        HttpResponse<String> formed = facilitator.post(
                "/api/partnerships",
                """
                {"name": "Vold mod kvinder", "purpose": "Help women subjected to violence",
                 "occurredOn": "2003-08-15", "complexity": "MEDIUM", "kind": "NETWORK_BASED",
                 "partners": [{"name": "Mødrehjælpen", "sector": "VOLUNTARY"},
                              {"name": "Frederiksberg Kommune", "sector": "PUBLIC"},
                              {"name": "Frederiksberg Politi", "sector": "PUBLIC"}]}""");
        assertThat(formed.statusCode()).isEqualTo(201);
        partnership = formed.headers().firstValue("Location").orElseThrow();
        JsonNode partners = facilitator.eventually(partnership).path("partners");
        ngo = partners.get(0).path("id").asText();
        municipality = partners.get(1).path("id").asText();
        police = partners.get(2).path("id").asText();
    }

    @Test
    void representativesAreAppointedReplacedAndRemoved() throws Exception {
        assertCreated(appoint("anne", ngo, "STEERING_GROUP"), partnership + "/representatives/anne");
        assertCreated(appoint("anne", ngo, "SECRETARY"), partnership + "/representatives/anne");
        assertCreated(appoint("mads", municipality, "STEERING_GROUP"), partnership + "/representatives/mads");

        // The municipality names its own people: Mads hands over to Mette, who later records her leave.
        HttpResponse<String> replaced = as("mads")
                .post(
                        partnership + "/representatives/mads/replacement",
                        """
                        {"incoming": "mette", "occurredOn": "2004-01-20"}""");
        assertCreated(replaced, partnership + "/representatives/mette");

        HttpResponse<String> removed = as("mette")
                .post(
                        partnership + "/representatives/mette/removal",
                        """
                {"reason": "On leave", "occurredOn": "2004-06-01"}""");
        assertThat(removed.statusCode()).isEqualTo(204);
    }

    @Test
    void aPersonWhoSpeaksForOnePartnerCannotBeAppointedForAnother() throws Exception {
        appoint("anne", ngo, "STEERING_GROUP");

        assertRefusedWithoutChange(() -> appoint("anne", police, "STEERING_GROUP"), 409, "represents-another-partner");
    }

    @Test
    void aThirdSteeringGroupMemberOfOnePartnerIsRefused() throws Exception {
        appoint("anne", ngo, "STEERING_GROUP");
        appoint("birgit", ngo, "STEERING_GROUP");

        assertRefusedWithoutChange(() -> appoint("camilla", ngo, "STEERING_GROUP"), 409, "steering-group-seats-taken");
    }

    @Test
    void anUnknownRoleIsABadRequestNamingTheField() throws Exception {
        assertRefusedWithoutChange(() -> appoint("anne", ngo, "TREASURER"), 400, "role");
    }

    @Test
    void aPartnerCannotNameAnotherPartnersRepresentatives() throws Exception {
        appoint("anne", ngo, "STEERING_GROUP");
        appoint("mads", municipality, "STEERING_GROUP");

        assertRefusedWithoutChange(
                () -> as("anne")
                        .post(
                                partnership + "/representatives/mads/replacement",
                                """
                                {"incoming": "mette", "occurredOn": "2004-01-20"}"""),
                403,
                "only a representative of partner " + municipality);
    }

    @Test
    void aPartnerWithdrawsAndThePartnershipGoesOnWithTheOthers() throws Exception {
        assertCreated(appoint("per", police, "SIGNATORY", "2003-08-20"), null);

        HttpResponse<String> withdrawn = withdraw("per", police, "Disagreed on focus", "2003-09-01");
        assertCreated(withdrawn, partnership + "/partners/" + police);

        assertRefusedWithoutChange(() -> appoint("poul", police, "STEERING_GROUP", "2003-09-02"), 409, "not-a-partner");
        assertThat(appoint("anne", ngo, "STEERING_GROUP", "2003-09-02").statusCode())
                .isEqualTo(201);
    }

    @Test
    void whenTheLastButOnePartnerLeavesThePartnershipIsDissolved() throws Exception {
        appoint("per", police, "SIGNATORY", "2003-08-20");
        appoint("mads", municipality, "SIGNATORY", "2003-08-20");
        assertCreated(withdraw("per", police, "Reorganised", "2003-09-01"), null);
        assertCreated(withdraw("mads", municipality, "Budget cuts", "2003-10-01"), null);

        assertRefusedWithoutChange(
                () -> appoint("anne", ngo, "STEERING_GROUP", "2003-10-02"), 409, "partnership-dissolved");
    }

    @Test
    void aCommandOnAnUnknownPartnershipIsNotFound() throws Exception {
        appoint("per", police, "SIGNATORY", "2003-08-20");

        HttpResponse<String> unknown = as("per")
                .post(
                        "/api/partnerships/no-such-partnership/withdrawals",
                        """
                        {"partner": "%s", "reason": "r", "occurredOn": "2003-09-01"}"""
                                .formatted(police));

        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void aPartnershipLivesThroughAgreementMeetingConflictReplacementAndWithdrawal() throws Exception {
        for (String[] appointment : new String[][] {{"anne", ngo}, {"mads", municipality}, {"per", police}}) {
            assertCreated(appoint(appointment[0], appointment[1], "STEERING_GROUP", "2003-09-01"), null);
            assertCreated(appoint(appointment[0], appointment[1], "SIGNATORY", "2003-09-01"), null);
        }

        // Two versions of the agreement, proposed by the NGO; the first is superseded before anyone signed it.
        LedgerHttp anne = as("anne");
        LedgerHttp mads = as("mads");
        LedgerHttp per = as("per");
        JsonNode first = anne.read(propose(agreement("Key persons may leave.")).body());
        HttpResponse<String> amendment = propose(agreement("Key persons may leave; deputies are named."));
        assertCreated(amendment, partnership + "/agreement/versions/2");
        String secondHash = anne.read(amendment.body()).path("contentHash").asText();
        assertThat(first.path("version").asInt()).isEqualTo(1);

        assertRefusedWithoutChange(
                () -> sign(1, first.path("contentHash").asText(), ngo, "anne"), 409, "version-superseded");
        assertRefusedWithoutChange(
                () -> sign(2, first.path("contentHash").asText(), ngo, "anne"), 409, "content-hash-mismatch");
        // Each signatory signs as themselves, for their own partner only.
        assertRefusedWithoutChange(
                () -> sign(2, secondHash, ngo, "mads"), 403, "only a signatory of partner " + ngo + " signs for it");
        assertRefusedWithoutChange(
                () -> anne.post(
                        partnership + "/agreement/versions/2/signatures",
                        """
                        {"partner": "%s", "contentHash": "%s", "signatory": "mads", "occurredOn": "2003-12-01"}"""
                                .formatted(municipality, secondHash)),
                403,
                "recorded only in your own name");
        assertRefusedWithoutChange(
                () -> propose(agreement("x").replace("\"2004-12-31\"", "\"2003-01-01\"")), 400, "term.endsOn");
        assertCreated(sign(2, secondHash, ngo, "anne"), partnership + "/agreement/versions/2/signatures/" + ngo);
        assertCreated(sign(2, secondHash, municipality, "mads"), null);
        assertThat(stored("AgreementTookEffect")).isEmpty();
        assertCreated(sign(2, secondHash, police, "per"), null);
        assertThat(stored("AgreementTookEffect")).singleElement().satisfies(event -> assertThat(
                        event.get("payload", Document.class).getInteger("version"))
                .isEqualTo(2));

        // A steering-group meeting, recorded by a member: one proposal adopted in agreement, one blocked.
        HttpResponse<String> meeting = anne.post(
                partnership + "/meetings",
                """
                {"kind": "STEERING_GROUP", "occurredOn": "2004-01-15", "agenda": ["Cadence", "Press"],
                 "minutes": "Decision minutes",
                 "attendees": [{"person": "anne", "represents": "%1$s"}, {"person": "mads", "represents": "%2$s"},
                               {"person": "per", "represents": "%3$s"}, {"person": "guest"}],
                 "proposals": [
                   {"text": "Meet four times a year", "proposedBy": "%1$s", "stances": [
                     {"partner": "%1$s", "stance": "CONSENT", "givenBy": "anne"},
                     {"partner": "%2$s", "stance": "CONSENT", "givenBy": "mads"},
                     {"partner": "%3$s", "stance": "ABSTAIN", "givenBy": "per"}]},
                   {"text": "Issue a joint press release", "proposedBy": "%2$s", "stances": [
                     {"partner": "%1$s", "stance": "CONSENT", "givenBy": "anne"},
                     {"partner": "%2$s", "stance": "CONSENT", "givenBy": "mads"},
                     {"partner": "%3$s", "stance": "OBJECT", "givenBy": "per", "reason": "Not before the trial"}]}]}"""
                        .formatted(ngo, municipality, police));
        assertThat(meeting.statusCode()).as(meeting.body()).isEqualTo(201);
        assertThat(stored("DecisionReached"))
                .extracting(event -> event.get("payload", Document.class).getString("outcome"))
                .containsExactly("ADOPTED", "BLOCKED");
        assertThat(anne.eventually(
                                partnership + "/decisions",
                                trail -> trail.size() == 2
                                        && !trail.findValuesAsText("outcome").contains("PENDING"))
                        .findValuesAsText("outcome"))
                .containsExactly("ADOPTED", "BLOCKED");
        JsonNode blocked =
                anne.read(anne.get(partnership + "/decisions?outcome=BLOCKED").body());
        assertThat(blocked).hasSize(1);
        assertThat(blocked.get(0).path("stances").findValuesAsText("reason")).contains("Not before the trial");
        // Each decision names the agreement version in force when it was taken, by number and content hash.
        assertThat(blocked.get(0).path("versionInForce").path("version").asInt())
                .isEqualTo(2);
        assertThat(blocked.get(0).path("versionInForce").path("contentHash").asText())
                .isEqualTo(secondHash);
        assertThat(anne.get(partnership + "/decisions?outcome=MAYBE").statusCode())
                .isEqualTo(400);

        // A conflict raised by the NGO, escalated to the mediator named in the agreement, and resolved.
        HttpResponse<String> raised = anne.post(
                partnership + "/conflicts",
                """
                {"raisedBy": "%s", "concerning": ["%s"], "topic": "Press", "category": "COMMUNICATION",
                 "description": "Spoke to the press before informing the partners", "occurredOn": "2004-02-01"}"""
                        .formatted(ngo, municipality));
        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);
        String conflict = raised.headers().firstValue("Location").orElseThrow();
        assertThat(anne.post(conflict + "/escalation", "{\"occurredOn\": \"2004-02-20\"}")
                        .statusCode())
                .isEqualTo(204);
        assertThat(stored("ConflictEscalated")).singleElement().satisfies(event -> assertThat(
                        event.get("payload", Document.class)
                                .get("mediator", Document.class)
                                .getString("name"))
                .isEqualTo("Center for Konfliktløsning"));
        HttpResponse<String> resolved = mads.post(
                conflict + "/resolution",
                """
                {"resolution": "Partners inform each other first", "consentedBy": ["%s", "%s"],
                 "occurredOn": "2004-03-10"}"""
                        .formatted(ngo, municipality));
        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(204);
        assertRefusedWithoutChange(
                () -> anne.post(conflict + "/escalation", "{\"occurredOn\": \"2004-03-11\"}"), 409, "conflict-closed");
        String conflictId = conflict.substring(conflict.lastIndexOf('/') + 1);
        JsonNode mediatorsView = mads.eventually(
                "/api/conflicts/" + conflictId,
                view -> view.path("state").asText().equals("RESOLVED"));
        assertThat(mediatorsView.path("steps").findValuesAsText("kind"))
                .containsExactly("RAISED", "ESCALATED", "RESOLVED");
        assertThat(mediatorsView.path("daysToClose").asLong()).isEqualTo(38);
        JsonNode beforeResolution =
                anne.read(anne.get(partnership + "/conflicts?asOf=2004-03-01").body());
        assertThat(beforeResolution.path("conflicts").get(0).path("state").asText())
                .isEqualTo("ESCALATED");
        assertThat(beforeResolution.path("summary").path("total").asInt()).isEqualTo(1);
        JsonNode duringTheConflict =
                anne.read(anne.get(partnership + "?asOf=2004-03-01").body());
        assertThat(duringTheConflict.path("openConflicts")).hasSize(1);
        assertThat(duringTheConflict.path("openConflicts").get(0).asText()).isEqualTo(conflictId);
        assertThat(duringTheConflict.path("phase").asText()).isEqualTo("CONTROL");
        assertThat(duringTheConflict.path("agreementVersionInForce").asInt()).isEqualTo(2);
        assertThat(duringTheConflict.path("partners")).hasSize(3);

        // The municipality's representative hands over to a middle manager after signing.
        assertCreated(
                mads.post(
                        partnership + "/representatives/mads/replacement",
                        """
                        {"incoming": "mette", "occurredOn": "2004-06-01"}"""),
                partnership + "/representatives/mette");

        // The police's signatory gives three months' notice, as the agreement in force says; the police stay a
        // partner until then and still name their people.
        assertCreated(withdraw("per", police, "Reorganised", "2005-01-10"), partnership + "/partners/" + police);
        assertThat(stored("PartnerWithdrew")).singleElement().satisfies(event -> assertThat(
                        event.get("payload", Document.class).getString("effectiveOn"))
                .isEqualTo("2005-04-10"));
        assertCreated(appoint(per, "pia", police, "WORKING_GROUP", "2005-02-01"), null);
        assertRefusedWithoutChange(
                () -> appoint(per, "poul", police, "WORKING_GROUP", "2005-04-10"), 409, "not-a-partner");

        // The researcher's timeline: FIRO by default, Tuckman on request, the same history either way.
        LedgerHttp researcher = users.researcher();
        JsonNode firo =
                researcher.read(researcher.get(partnership + "/timeline").body());
        assertThat(firo.path("model").asText()).isEqualTo("firo");
        assertThat(firo.path("intervals").findValuesAsText("phase")).startsWith("BELONGING", "CONTROL");
        assertThat(firo.path("intervals").findValuesAsText("phase")).contains("CLOSENESS");
        JsonNode tuckman = researcher.read(
                researcher.get(partnership + "/timeline?model=tuckman").body());
        assertThat(tuckman.path("intervals").findValuesAsText("phase")).startsWith("FORMING");
        JsonNode beforeSigning = researcher.read(
                researcher.get(partnership + "/timeline?asOf=2003-11-30").body());
        assertThat(beforeSigning.path("intervals").findValuesAsText("phase")).doesNotContain("CLOSENESS");
        assertThat(researcher.get(partnership + "/timeline?model=astrology").statusCode())
                .isEqualTo(400);
    }

    /** The user of a person of this story, signed in. */
    private LedgerHttp as(String person) {
        return users.person(person);
    }

    /** Proposed for the NGO by its representative Anne. */
    private HttpResponse<String> propose(String content) throws Exception {
        return as("anne")
                .post(
                        partnership + "/agreement/versions",
                        """
                {"proposedBy": "%s", "occurredOn": "2003-11-01", "content": %s}"""
                                .formatted(ngo, content));
    }

    /** Signed by the signatory named, signed in as themselves. */
    private HttpResponse<String> sign(int version, String hash, String partner, String signatory) throws Exception {
        return as(signatory)
                .post(
                        partnership + "/agreement/versions/" + version + "/signatures",
                        """
                {"partner": "%s", "contentHash": "%s", "signatory": "%s", "occurredOn": "2003-12-01"}"""
                                .formatted(partner, hash, signatory));
    }

    /** The template's sections (DOMAIN.md), as the violence-against-women partnership filled them in. */
    private String agreement(String risk) {
        return """
                {"background": {"problem": "Women subjected to violence fall between services",
                                "strengths": [{"partnerId": "%1$s", "strengths": "Counselling"}]},
                 "goals": {"goals": ["Earlier help"], "successCriteria": ["Referrals"]},
                 "contentAndQuality": {"activity": "Joint counselling", "qualityRequirements": "Trained staff"},
                 "organisation": {"rightsAndDuties": "Each partner keeps its autonomy",
                                  "responsibilities": [{"partnerId": "%1$s", "text": "Secretary"},
                                                       {"text": "Evaluation"}],
                                  "governance": {"steeringGroupCadence": "4 times a year", "workingGroupCadence": "monthly"},
                                  "information": {"internal": "Minutes to all", "external": "Inform each other before the press"}},
                 "dialogue": {"rules": "Raised at the next steering group",
                              "mediator": {"name": "Center for Konfliktløsning", "organisation": ""}},
                 "plan": {"phases": [{"name": "Activities", "startsOn": "2004-01-01", "endsOn": "2004-11-30"}]},
                 "budget": {"financing": "Each partner funds its own part", "moneyExchanged": false},
                 "changes": {"amendment": "Only in agreement", "withdrawal": "Three months' notice", "noticePeriod": "P3M"},
                 "riskAssessment": "%2$s",
                 "evaluation": {"method": "Report by 31 March 2005", "measurementPoints": ["Four points"], "anchoring": "Aarhus"},
                 "term": {"startsOn": "2003-12-01", "endsOn": "2004-12-31"},
                 "revisionDate": null,
                 "accession": ["Aarhus Kommune"]}"""
                .formatted(ngo, risk);
    }

    /** The events of this test's partnership, as stored. */
    private List<Document> stored(String eventType) {
        return database.getCollection("events")
                .find(new Document("aggregateIdentifier", partnership.substring(partnership.lastIndexOf('/') + 1))
                        .append("payloadType", "org.partnershipledger.core.partnership." + eventType))
                .sort(new Document("_id", 1))
                .into(new ArrayList<>());
    }

    private HttpResponse<String> appoint(String person, String partner, String role) throws Exception {
        return appoint(person, partner, role, "2003-12-01");
    }

    /** Appointed by the facilitator, as when the partnership is set up. */
    private HttpResponse<String> appoint(String person, String partner, String role, String on) throws Exception {
        return appoint(facilitator, person, partner, role, on);
    }

    private HttpResponse<String> appoint(LedgerHttp by, String person, String partner, String role, String on)
            throws Exception {
        return by.post(
                partnership + "/representatives",
                """
                {"person": "%s", "partner": "%s", "role": "%s", "occurredOn": "%s"}"""
                        .formatted(person, partner, role, on));
    }

    /** Notice given by a representative of the partner who may commit it (its lead or a signatory). */
    private HttpResponse<String> withdraw(String by, String partner, String reason, String noticeGivenOn)
            throws Exception {
        return as(by).post(
                        partnership + "/withdrawals",
                        """
                        {"partner": "%s", "reason": "%s", "occurredOn": "%s"}"""
                                .formatted(partner, reason, noticeGivenOn));
    }

    private void assertCreated(HttpResponse<String> response, String location) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        if (location != null) {
            assertThat(response.headers().firstValue("Location")).hasValue(location);
        }
    }

    interface Request {
        HttpResponse<String> send() throws Exception;
    }

    /** The refusal names the rule (or the field), and not one event was stored because of it. */
    private void assertRefusedWithoutChange(Request request, int status, String named) throws Exception {
        long before = database.getCollection("events").countDocuments();

        HttpResponse<String> refused = request.send();

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(status);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains(named);
        assertThat(database.getCollection("events").countDocuments()).isEqualTo(before);
    }
}
