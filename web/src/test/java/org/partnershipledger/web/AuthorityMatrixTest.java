package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.web.security.Capacity;
import org.partnershipledger.web.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every command and every read resource against every role: the ones allowed get past the authority
 * rules (whatever the domain then says), the others get a 403 problem that says why and change nothing;
 * without signing in, everything is a 401.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorityMatrixTest {

    private static final Set<String> READERS = Set.of(
            "facilitator",
            "other-facilitator",
            "researcher",
            "lead",
            "member",
            "secretary",
            "signatory",
            "bystander",
            "mediator");
    private static final Set<String> FACILITATORS = Set.of("facilitator", "other-facilitator");
    private static final String ADMINISTRATOR = "matrix-admin";
    private static final Set<String> A_SPEAKERS = Set.of("lead", "member");
    private static final Set<String> MEETING_RECORDERS = Set.of("secretary", "lead", "member");
    private static final Set<String> RECORDERS_ON_BEHALF = Set.of("secretary", "facilitator", "other-facilitator");
    private static final Set<String> IN_THE_CONFLICT = Set.of("lead", "member", "secretary", "signatory", "mediator");

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    MongoDatabase database;

    private final Map<String, LedgerHttp> roles = new LinkedHashMap<>();
    private LedgerHttp anonymous;
    private String partnership;
    private String a;
    private String b;
    private String c;
    private String proposal;
    private String meeting;
    private String conflict;
    private String conflictId;
    private String diaryEntry;
    private String programme;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws Exception {
        String directory = Files.createTempDirectory("ledger-authority").toString();
        registry.add("ledger.data-dir", () -> directory);
        registry.add("ledger.mongodb.uri", () -> "");
    }

    /** A partnership of three partners A, B, C with a pending proposal, a conflict of A with B, a diary. */
    @BeforeAll
    void recordAPartnershipWithEveryRole() throws Exception {
        TestUsers test = new TestUsers(users, port);
        anonymous = test.anonymous();
        users.create(ADMINISTRATOR, TestUsers.PASSWORD, null, Set.of(Capacity.ADMINISTRATOR));
        roles.put("administrator", anonymous.as(ADMINISTRATOR, TestUsers.PASSWORD));
        LedgerHttp facilitator = test.user(new PersonId("facilitator"), Capacity.FACILITATOR);
        roles.put("facilitator", facilitator);
        // Runs programmes of their own, not the one set up here.
        roles.put("other-facilitator", test.user(new PersonId("other-facilitator"), Capacity.FACILITATOR));
        roles.put("researcher", test.researcher());
        roles.put("outsider", test.person("outsider"));
        for (String person : List.of("lead", "member", "secretary", "signatory", "bystander", "mediator")) {
            roles.put(person, test.person(person));
        }

        partnership = created(facilitator.post("/api/partnerships", partnershipBody()));
        JsonNode partners = facilitator.eventually(partnership).path("partners");
        a = partners.get(0).path("id").asText();
        b = partners.get(1).path("id").asText();
        c = partners.get(2).path("id").asText();
        for (String[] appointment : new String[][] {
            {"lead", a, "LEAD"},
            {"lead", a, "SIGNATORY"},
            {"lead", a, "STEERING_GROUP"},
            {"member", a, "STEERING_GROUP"},
            {"secretary", b, "SECRETARY"},
            {"signatory", b, "SIGNATORY"},
            {"bystander", c, "WORKING_GROUP"}
        }) {
            created(facilitator.post(
                    partnership + "/representatives", appointment(appointment[0], appointment[1], appointment[2])));
        }
        JsonNode recorded = ok(roles.get("secretary").post(partnership + "/meetings", meetingBody()));
        meeting = partnership + "/meetings/" + recorded.path("meetingId").asText();
        proposal = partnership + "/proposals/"
                + recorded.path("proposalIds").get(0).asText();
        conflict = created(roles.get("lead").post(partnership + "/conflicts", conflictBody(a, b)));
        conflictId = conflict.substring(conflict.lastIndexOf('/') + 1);
        assertThat(roles.get("lead")
                        .post(
                                conflict + "/escalation",
                                """
                                {"mediator": {"name": "Mette Mægler", "organisation": "", "person": "mediator"},
                                 "occurredOn": "2024-03-01"}""")
                        .statusCode())
                .isEqualTo(204);
        diaryEntry = created(roles.get("member").post(partnership + "/diary", diaryBody("member")));
        created(facilitator.post("/api/persons", "{\"id\": \"lead\", \"name\": \"Lise Lead\"}"));
        facilitator.eventually("/api/persons/lead");
        programme = created(
                facilitator.post(
                        "/api/programmes",
                        """
                {"name": "Equal partners", "facilitator": "facilitator", "startsOn": "2024-09-01", "endsOn": "2024-11-01"}"""));
    }

    @TestFactory
    Stream<DynamicTest> everyRoleMayDoExactlyWhatTheAuthorityRulesSay() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : rows()) {
            for (Map.Entry<String, LedgerHttp> role : roles.entrySet()) {
                String name = role.getKey();
                boolean allowed = row.allowed().contains(name) || row.allowed().contains("everyone");
                // Refusals first: they must change nothing, so the row's subject is still as set up.
                if (!allowed) {
                    tests.add(DynamicTest.dynamicTest(
                            name + " may not " + row.action() + " (403)", () -> assertRefused(row, role.getValue())));
                }
            }
            for (Map.Entry<String, LedgerHttp> role : roles.entrySet()) {
                String name = role.getKey();
                if (row.allowed().contains(name) || row.allowed().contains("everyone")) {
                    tests.add(DynamicTest.dynamicTest(
                            name + " may " + row.action(), () -> assertAllowed(row, role.getValue())));
                }
            }
            tests.add(DynamicTest.dynamicTest(
                    "nobody may " + row.action() + " without signing in (401)", () -> assertUnauthenticated(row)));
        }
        return tests.stream();
    }

    private record Row(String action, String method, String path, String body, Set<String> allowed) {}

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(get("list partnerships", "/api/partnerships", Set.of("everyone")));
        rows.add(get("say who they are", "/api/me", Set.of("everyone")));
        rows.add(get("read a partnership", partnership, READERS));
        rows.add(get("read its events", partnership + "/events", READERS));
        rows.add(get("read its timeline", partnership + "/timeline", READERS));
        rows.add(get("read its decisions", partnership + "/decisions", READERS));
        rows.add(get("read its conflicts", partnership + "/conflicts", READERS));
        rows.add(get("read a conflict", "/api/conflicts/" + conflictId, READERS));
        rows.add(get("read a conflict under its partnership", conflict, READERS));
        rows.add(get("read its agreement versions", partnership + "/agreement/versions", READERS));
        rows.add(get("read its representatives", partnership + "/representatives", READERS));
        rows.add(get("read its meetings", partnership + "/meetings", READERS));
        rows.add(get("read a meeting", meeting, READERS));
        rows.add(get("read a proposal", proposal, READERS));
        rows.add(get("read a partner", partnership + "/partners/" + a, READERS));
        rows.add(get("read a programme", programme, Set.of("facilitator")));
        rows.add(get("list users", "/api/admin/users", Set.of("administrator")));
        rows.add(get("read the metrics", "/actuator/prometheus", Set.of("administrator")));
        rows.add(get("read the changes of their person link", "/api/me/person-links", Set.of("everyone")));
        rows.add(get(
                "read the changes of a user's person link",
                "/api/admin/users/person-lead/person-links",
                Set.of("administrator")));
        rows.add(post("form a partnership", "/api/partnerships", partnershipBody(), FACILITATORS));
        rows.add(post(
                "appoint a representative of A",
                partnership + "/representatives",
                appointment("newcomer", a, "WORKING_GROUP"),
                Set.of("facilitator", "other-facilitator", "lead", "member")));
        // The facilitator is the independent backbone: never a partner's representative, by anyone's hand.
        rows.add(post(
                "appoint the facilitator A's signatory",
                partnership + "/representatives",
                appointment("facilitator", a, "SIGNATORY"),
                Set.of()));
        rows.add(post(
                "appoint another facilitator C's working-group member",
                partnership + "/representatives",
                appointment("other-facilitator", c, "WORKING_GROUP"),
                Set.of()));
        rows.add(post(
                "replace C's representative with the facilitator",
                partnership + "/representatives/bystander/replacement",
                "{\"incoming\": \"facilitator\", \"occurredOn\": \"2024-03-11\"}",
                Set.of()));
        rows.add(post(
                "make the lead, who represents A, a facilitator",
                "/api/admin/users/person-lead/capacities",
                "{\"capacities\": [\"FACILITATOR\"]}",
                Set.of()));
        // Administrators never act for a partner: not even by linking their own user to a person.
        rows.add(post(
                "link the administrator's own user to a person",
                "/api/admin/users/" + ADMINISTRATOR + "/person",
                "{\"person\": \"someone-unlinked\"}",
                Set.of()));
        rows.add(post(
                "propose an agreement version for A",
                partnership + "/agreement/versions",
                """
                {"proposedBy": "%s", "occurredOn": "2024-02-01", "content": %s}"""
                        .formatted(a, agreement()),
                A_SPEAKERS));
        rows.add(post(
                "sign for A as its signatory",
                partnership + "/agreement/versions/1/signatures",
                signature(a, "lead"),
                Set.of("lead")));
        rows.add(post(
                "sign for B as its signatory",
                partnership + "/agreement/versions/1/signatures",
                signature(b, "signatory"),
                Set.of("signatory")));
        rows.add(post("record a meeting", partnership + "/meetings", meetingBody(), MEETING_RECORDERS));
        rows.add(post(
                "give B's stance in writing as its representative",
                proposal + "/stances",
                """
                {"partner": "%s", "stance": "CONSENT", "givenBy": "secretary", "occurredOn": "2024-02-20"}"""
                        .formatted(b),
                Set.of("secretary")));
        rows.add(post(
                "correct a meeting's minutes",
                meeting + "/minutes",
                """
                {"minutes": "Corrected minutes", "occurredOn": "2024-02-21"}""",
                MEETING_RECORDERS));
        rows.add(post(
                "admit a partner by a decision",
                partnership + "/admissions",
                """
                {"name": "Newcomer", "sector": "PRIVATE", "proposalId": "%s", "occurredOn": "2024-02-22"}"""
                        .formatted(proposal.substring(proposal.lastIndexOf('/') + 1)),
                MEETING_RECORDERS));
        rows.add(post(
                "open the history to research by a decision",
                partnership + "/research-opening",
                """
                {"proposalId": "%s", "occurredOn": "2024-02-23"}"""
                        .formatted(proposal.substring(proposal.lastIndexOf('/') + 1)),
                MEETING_RECORDERS));
        rows.add(post("raise a conflict for A", partnership + "/conflicts", conflictBody(a, c), A_SPEAKERS));
        rows.add(post("raise a conflict for C", partnership + "/conflicts", conflictBody(c, a), Set.of("bystander")));
        rows.add(post("record a step of a conflict", conflict + "/steps", note(), IN_THE_CONFLICT));
        rows.add(post("record a mediation session", conflict + "/mediation-sessions", note(), IN_THE_CONFLICT));
        rows.add(post(
                "escalate a conflict", conflict + "/escalation", "{\"occurredOn\": \"2024-03-05\"}", IN_THE_CONFLICT));
        rows.add(post(
                "resolve a conflict",
                conflict + "/resolution",
                """
                {"resolution": "Talked it through", "consentedBy": ["%s", "%s"], "occurredOn": "2024-03-06"}"""
                        .formatted(a, b),
                IN_THE_CONFLICT));
        rows.add(post(
                "abandon a conflict",
                conflict + "/abandonment",
                """
                {"reason": "Moot", "occurredOn": "2024-03-07"}""",
                IN_THE_CONFLICT));
        rows.add(post("write in the member's diary", partnership + "/diary", diaryBody("member"), Set.of("member")));
        rows.add(post(
                "share the member's diary entry",
                diaryEntry + "/visibility",
                """
                {"requestedBy": "member", "visibility": "SHARED", "occurredOn": "2024-03-08"}""",
                Set.of("member")));
        rows.add(post(
                "record a phase observation as the facilitator",
                partnership + "/phase-observations",
                """
                {"observer": "facilitator", "phase": "CONTROL", "note": "Testing", "occurredOn": "2024-03-09"}""",
                Set.of("facilitator")));
        rows.add(post(
                "start a programme",
                "/api/programmes",
                """
                {"name": "Another", "facilitator": "facilitator", "startsOn": "2024-09-01", "endsOn": "2024-11-01"}""",
                Set.of("facilitator")));
        rows.add(post(
                "declare a treatment relationship",
                programme + "/treatment-relationships",
                """
                {"person": "patient-1", "closeTo": "doctor-1", "occurredOn": "2024-08-01"}""",
                Set.of("facilitator")));
        rows.add(post(
                "match a pair",
                programme + "/pairs",
                """
                {"experienceExpert": "patient-2", "strategicLeader": "leader-2", "occurredOn": "2024-08-02"}""",
                Set.of("facilitator")));
        rows.add(post(
                "record a programme meeting",
                programme + "/meetings",
                """
                {"kind": "KICK_OFF", "occurredOn": "2024-09-02", "attendees": ["patient-2", "leader-2"]}""",
                Set.of("facilitator")));
        rows.add(post(
                "create a user",
                "/api/admin/users",
                """
                {"username": "someone-new", "password": "a long enough password", "capacities": []}""",
                Set.of("administrator")));
        rows.add(get(
                "list the persons they may know",
                "/api/persons",
                Set.of(
                        "administrator",
                        "facilitator",
                        "other-facilitator",
                        "outsider",
                        "lead",
                        "member",
                        "secretary",
                        "signatory",
                        "bystander",
                        "mediator")));
        rows.add(get(
                "read the lead's name",
                "/api/persons/lead",
                Set.of(
                        "administrator",
                        "facilitator",
                        "other-facilitator",
                        "lead",
                        "member",
                        "secretary",
                        "signatory",
                        "bystander",
                        "mediator")));
        rows.add(post(
                "register a person",
                "/api/persons",
                "{\"name\": \"Nina Ny\"}",
                Set.of("administrator", "facilitator", "other-facilitator")));
        rows.add(post(
                "correct the lead's details",
                "/api/persons/lead/details",
                "{\"name\": \"Lise Leder\"}",
                Set.of("administrator", "facilitator", "other-facilitator", "lead")));
        rows.add(post(
                "rebuild a read model", "/api/admin/projections/decision-trail/replay", "", Set.of("administrator")));
        rows.add(post(
                "withdraw a proposal",
                proposal + "/retraction",
                """
                {"reason": "Overtaken", "occurredOn": "2024-03-10"}""",
                MEETING_RECORDERS));
        rows.add(post(
                "replace the newcomer",
                partnership + "/representatives/newcomer/replacement",
                "{\"incoming\": \"successor\", \"occurredOn\": \"2024-03-11\"}",
                Set.of("facilitator", "other-facilitator", "lead", "member")));
        rows.add(post(
                "remove the successor",
                partnership + "/representatives/successor/removal",
                "{\"reason\": \"Left\", \"occurredOn\": \"2024-03-12\"}",
                Set.of("facilitator", "other-facilitator", "lead", "member")));
        rows.add(post(
                "close the partnership by a decision",
                partnership + "/closing",
                """
                {"reason": "DECIDED", "proposalId": "%s", "occurredOn": "2024-03-13"}"""
                        .formatted(proposal.substring(proposal.lastIndexOf('/') + 1)),
                MEETING_RECORDERS));
        rows.add(post(
                "give A's notice",
                partnership + "/withdrawals",
                """
                {"partner": "%s", "reason": "Leaving", "occurredOn": "2024-03-14"}""".formatted(a),
                Set.of("lead")));
        // Acts given outside the ledger: recorded by the secretary or a facilitator, answered by the partner's own.
        rows.add(post(
                "record B's signature from a paper contract",
                partnership + "/agreement/versions/1/recorded-signatures",
                """
                {"partner": "%s", "contentHash": "%s", "signatory": "signatory",
                 "document": {"kind": "PAPER_CONTRACT", "date": "2024-02-10", "reference": "Signed at the seminar"}}"""
                        .formatted(b, "0".repeat(64)),
                RECORDERS_ON_BEHALF));
        rows.add(post(
                "record C's stance from a letter",
                proposal + "/recorded-stances",
                """
                {"partner": "%s", "stance": "CONSENT", "givenBy": "bystander",
                 "document": {"kind": "LETTER", "date": "2024-02-20", "reference": "Letter 17"}}"""
                        .formatted(c),
                RECORDERS_ON_BEHALF));
        rows.add(post(
                "confirm A's stance from the minutes as the lead",
                proposal + "/stances/" + a + "/confirmation",
                "{\"confirmedBy\": \"lead\", \"occurredOn\": \"2024-02-20\"}",
                Set.of("lead")));
        rows.add(post(
                "contest A's stance from the minutes as a member",
                proposal + "/stances/" + a + "/contest",
                "{\"contestedBy\": \"member\", \"reason\": \"Not what we said\", \"occurredOn\": \"2024-02-20\"}",
                Set.of("member")));
        return rows;
    }

    private void assertRefused(Row row, LedgerHttp user) throws Exception {
        long events = events();
        HttpResponse<String> response = send(row, user);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = user.read(response.body());
        assertThat(problem.path("title").asText()).isEqualTo("Not allowed");
        assertThat(problem.path("detail").asText()).startsWith("Refused: ").hasSizeGreaterThan(30);
        assertThat(events()).isEqualTo(events);
    }

    private void assertAllowed(Row row, LedgerHttp user) throws Exception {
        HttpResponse<String> response = send(row, user);
        assertThat(response.statusCode()).as(response.body()).isNotIn(401, 403).isLessThan(500);
        if (row.path().endsWith("/pairs") && response.statusCode() == 201) {
            // A matched pair becomes a partnership a moment later: let it land before the next refusal counts.
            user.eventually(response.headers().firstValue("Location").orElseThrow());
            awaitQuiet();
        }
    }

    private void awaitQuiet() throws InterruptedException {
        long seen = -1;
        while (events() != seen) {
            seen = events();
            Thread.sleep(500);
        }
    }

    private void assertUnauthenticated(Row row) throws Exception {
        HttpResponse<String> response = send(row, anonymous);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic"));
    }

    private static HttpResponse<String> send(Row row, LedgerHttp user) throws Exception {
        return row.method().equals("GET") ? user.get(row.path()) : user.post(row.path(), row.body());
    }

    private static Row get(String action, String path, Set<String> allowed) {
        return new Row(action, "GET", path, null, allowed);
    }

    private static Row post(String action, String path, String body, Set<String> allowed) {
        return new Row(action, "POST", path, body, allowed);
    }

    private long events() {
        return database.getCollection("events").countDocuments();
    }

    private static String created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private JsonNode ok(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return anonymous.read(response.body());
    }

    private static String partnershipBody() {
        return """
                {"name": "Tryghed i Aarhus", "purpose": "Older people feel safe", "occurredOn": "2024-01-10",
                 "partners": [{"name": "Aarhus Kommune", "sector": "PUBLIC"},
                              {"name": "Ældre Sagen", "sector": "VOLUNTARY"},
                              {"name": "A citizen", "sector": "CITIZEN"}]}""";
    }

    private static String appointment(String person, String partner, String role) {
        return """
                {"person": "%s", "partner": "%s", "role": "%s", "occurredOn": "2024-01-15"}"""
                .formatted(person, partner, role);
    }

    private String meetingBody() {
        return """
                {"kind": "STEERING_GROUP", "occurredOn": "2024-02-15", "minutes": "Minutes",
                 "attendees": [{"person": "lead", "represents": "%1$s"}, {"person": "secretary", "represents": "%2$s"}],
                 "proposals": [{"text": "Meet monthly", "proposedBy": "%1$s",
                                "stances": [{"partner": "%1$s", "stance": "CONSENT", "givenBy": "lead"}]}]}"""
                .formatted(a, b);
    }

    private static String conflictBody(String raisedBy, String concerning) {
        return """
                {"raisedBy": "%s", "concerning": ["%s"], "topic": "Budget", "category": "RESOURCES",
                 "description": "Spent without asking", "occurredOn": "2024-02-25"}"""
                .formatted(raisedBy, concerning);
    }

    private static String diaryBody(String author) {
        return """
                {"author": "%s", "occurredOn": "2024-02-26", "text": "Felt unheard today", "visibility": "PRIVATE"}"""
                .formatted(author);
    }

    private static String note() {
        return "{\"note\": \"Talked\", \"occurredOn\": \"2024-03-02\"}";
    }

    private static String signature(String partner, String signatory) {
        return """
                {"partner": "%s", "contentHash": "%s", "signatory": "%s", "occurredOn": "2024-02-10"}"""
                .formatted(partner, "0".repeat(64), signatory);
    }

    private String agreement() {
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
