package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.mongodb.client.MongoDatabase;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.store.ChainVerification;
import org.partnershipledger.web.security.Capacity;
import org.partnershipledger.web.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every command, sent for real through a whole partnership's life and a programme, with the values a
 * hostile-input probe found the ledger taking: texts that are not valid Unicode or hold NUL, direction
 * overrides and zero-width characters, decomposed letters; ids of 100 KB or outside the alphabet; dates at
 * the ends of time, as moments or as day counts; fractions, numbers as text and text as numbers; keys given
 * twice. A request either records its act and answers 2xx, or records nothing and answers 4xx naming the
 * field; never 5xx. What is recorded is stored as it was hashed, so every chain stays intact.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileValuesTest {

    /** A free text as sent: a decomposed é, a direction override and a zero-width space, a Windows line break. */
    static final String TEXT = "Caf\u0065\u0301 \u202eok\u202c\u200b\r\nnext line";
    /** The same text as the ledger keeps it. */
    static final String TEXT_STORED = "Caf\u00e9 \u202eok\u202c\u200b\nnext line";
    /** The text as written in JSON. */
    static final String T = TEXT.replace("\r\n", "\\r\\n");
    /** A name as sent, with a decomposed é: names may hold no override or zero-width character. */
    static final String NAME = "Caf\u0065\u0301 Nord";

    /** What no text may hold. */
    private static final List<JsonNode> BAD_TEXTS = List.of(
            text("Who decides \ud800 here"),
            text("reversed \udc00\ud800"),
            text("a\u0000b"),
            text("bell\u0007"),
            new DecimalNode(new BigDecimal("1e309")),
            IntNode.valueOf(42),
            BooleanNode.TRUE);
    /** What a name may not hold beyond that. */
    private static final List<JsonNode> BAD_NAMES =
            List.of(text("Esbjerg \u202eenummoK"), text("Esbjerg\u200bKommune"), text("two\nlines"));

    private static final List<JsonNode> BAD_IDS = List.of(
            text("x".repeat(100_000)),
            text("x\ud800"),
            text("x\u0000"),
            text("x\u202e"),
            text("x\u200b"),
            text("caf\u00e9"),
            text("a b"),
            IntNode.valueOf(42),
            new DecimalNode(new BigDecimal("1e309")));
    private static final List<JsonNode> BAD_DATES = List.of(
            text("-999999999-01-01"),
            text("+999999999-12-31"),
            text("1899-12-31"),
            text("2005-06-01T00:00:00Z"),
            text("2003-02-30"),
            IntNode.valueOf(20030215));
    private static final List<JsonNode> BAD_WHOLE_NUMBERS = List.of(
            new DecimalNode(new BigDecimal("1.5")),
            text("2"),
            new DecimalNode(new BigDecimal("1e309")),
            new BigIntegerNode(new BigInteger("99999999999999999999")));
    /** Ids in a path, as a client writes them (URL-encoded). */
    // (Not UTF-8 in a path, "%ED%A0%80", is refused by the server before the ledger sees the request.)
    private static final List<String> BAD_PATH_IDS = List.of("x".repeat(1_000), "caf%C3%A9", "x%E2%80%AEy", "x%20y");

    private static final Pattern ID_IN_PATH = Pattern.compile("/api/(?:partnerships|programmes)/([^/]+)");

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    UserAccounts userAccounts;

    private final ObjectMapper json = new ObjectMapper().enable(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws Exception {
        String directory = Files.createTempDirectory("ledger-hostile-values").toString();
        registry.add("ledger.data-dir", () -> directory);
        registry.add("ledger.mongodb.uri", () -> "");
    }

    @Test
    void everyTextOfEveryCommandIsRefusedWhenItCannotBeStoredAsSentOrElseStoredNormalisedAndEveryChainStaysIntact()
            throws Exception {
        Scenario scenario = new Scenario(true);

        scenario.run();

        assertThat(scenario.failures)
                .as("answers to texts that cannot be stored as sent")
                .isEmpty();
        assertThat(new ChainVerification(database).verifyAll()).isNotEmpty().allSatisfy(report -> assertThat(
                        report.firstBreak())
                .as(report.aggregateIdentifier())
                .isEmpty());
        Set<String> typesWithTheText = new TreeSet<>();
        for (Document event : database.getCollection("events").find()) {
            for (String text : texts(event.get("payload"), new ArrayList<>())) {
                assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC))
                        .as(text)
                        .isTrue();
                assertThat(text).doesNotContain("\uFFFD", "\r", "\u0000", "\u0065\u0301");
                if (text.contains("Caf\u00e9")) {
                    typesWithTheText.add(event.getString("payloadType").replaceAll(".*\\.", ""));
                }
            }
        }
        assertThat(typesWithTheText)
                .contains(
                        "PartnershipFormed",
                        "AgreementProposed",
                        "MeetingRecorded",
                        "ProposalRecorded",
                        "StanceRecorded",
                        "ProposalRetracted",
                        "MinutesCorrected",
                        "PartnerAdmitted",
                        "ConflictRaised",
                        "ConflictStepRecorded",
                        "ConflictEscalated",
                        "MediationSessionRecorded",
                        "ConflictResolved",
                        "ConflictAbandoned",
                        "PhaseObserved",
                        "RepresentativeRemoved",
                        "PartnerWithdrew",
                        "ProgrammeStarted");
        JsonNode conflicts = scenario.x.eventually(
                scenario.partnership + "/conflicts",
                view -> view.path("conflicts").size() > 1);
        assertThat(conflicts.path("conflicts").findValuesAsText("topic")).contains(TEXT_STORED);
    }

    @Test
    void everyProbedValueAtEveryCommandIsRecordedWholeOrRefusedNamingItsFieldAndNeverAServerError() throws Exception {
        Scenario scenario = new Scenario(false);

        scenario.run();

        assertThat(scenario.failures)
                .as("answers to the probe's values, by status " + scenario.statuses)
                .isEmpty();
        assertThat(scenario.probes).as("probes sent").isGreaterThan(500);
        assertThat(new ChainVerification(database).verifyAll()).allSatisfy(report -> assertThat(report.firstBreak())
                .as(report.aggregateIdentifier())
                .isEmpty());
    }

    /** The fields of a command that are probed, by what they hold. */
    private enum Kind {
        TEXT,
        NAME,
        ID,
        DATE,
        WHOLE_NUMBER
    }

    /**
     * A partnership's life and a programme, every command once, each first sent with every wrong value in
     * every probed field. {@code textsOnly}: only texts are probed.
     */
    private final class Scenario {

        private final boolean textsOnly;
        private final List<String> failures = new ArrayList<>();
        private final Map<Integer, Integer> statuses = new TreeMap<>();
        private int probes;
        private final TestUsers users = new TestUsers(userAccounts, port);
        private final String tag = Long.toString(System.nanoTime(), 36);
        private final LedgerHttp facilitator;
        private final LedgerHttp x;
        private final LedgerHttp y;
        private final String px;
        private final String py;
        private String partnership;

        Scenario(boolean textsOnly) {
            this.textsOnly = textsOnly;
            this.px = "x-" + tag;
            this.py = "y-" + tag;
            this.facilitator = users.facilitator();
            this.x = users.person(px);
            this.y = users.person(py);
        }

        void run() throws Exception {
            HttpResponse<String> formed = drive(
                    facilitator,
                    "/api/partnerships",
                    """
                    {"name": "%s", "purpose": "%s", "occurredOn": "2003-08-15",
                     "partners": [{"name": "%s A", "sector": "VOLUNTARY"}, {"name": "%s B", "sector": "PUBLIC"}]}"""
                            .formatted(NAME, T, NAME, NAME),
                    Map.of(
                            "name", Kind.NAME,
                            "purpose", Kind.TEXT,
                            "partners[1].name", Kind.NAME,
                            "occurredOn", Kind.DATE));
            partnership = formed.headers().firstValue("Location").orElseThrow();
            JsonNode partners = facilitator.eventually(partnership).path("partners");
            String a = partners.get(0).path("id").asText();
            String b = partners.get(1).path("id").asText();
            String p = partnership;

            Map<String, Kind> appointment = Map.of("person", Kind.ID, "partner", Kind.ID, "occurredOn", Kind.DATE);
            for (String[] role : new String[][] {
                {px, a, "STEERING_GROUP"},
                {px, a, "SIGNATORY"},
                {px, a, "SECRETARY"},
                {py, b, "STEERING_GROUP"},
                {py, b, "SIGNATORY"},
                {"z-" + tag, a, "WORKING_GROUP"}
            }) {
                drive(
                        facilitator,
                        p + "/representatives",
                        """
                        {"person": "%s", "partner": "%s", "role": "%s", "occurredOn": "2003-09-01"}"""
                                .formatted(role[0], role[1], role[2]),
                        role[2].equals("STEERING_GROUP") && role[0].equals(px) ? appointment : Map.of());
            }

            // A facilitator is never appointed a representative, so x, who represents A, becomes the scenario's
            // facilitator too only now, straight in the user store, past the rule the API applies.
            userAccounts.grant("person-" + px, Set.of(Capacity.FACILITATOR));

            JsonNode proposed = json.readTree(drive(
                            x,
                            p + "/agreement/versions",
                            """
                            {"proposedBy": "%s", "occurredOn": "2003-11-01", "content": %s}"""
                                    .formatted(a, agreement(a)),
                            agreementFields())
                    .body());
            String hash = proposed.path("contentHash").asText();
            Map<String, Kind> signature = Map.of("partner", Kind.ID, "signatory", Kind.ID, "occurredOn", Kind.DATE);
            drive(
                    x,
                    p + "/agreement/versions/1/signatures",
                    """
                    {"partner": "%s", "contentHash": "%s", "signatory": "%s", "occurredOn": "2003-12-01"}"""
                            .formatted(a, hash, px),
                    signature);
            drive(
                    y,
                    p + "/agreement/versions/1/signatures",
                    """
                    {"partner": "%s", "contentHash": "%s", "signatory": "%s", "occurredOn": "2003-12-01"}"""
                            .formatted(b, hash, py),
                    Map.of());

            JsonNode adopted = json.readTree(drive(
                            x,
                            p + "/meetings",
                            """
                            {"kind": "STEERING_GROUP", "occurredOn": "2004-01-15", "agenda": ["%3$s", "%3$s"], "minutes": "%3$s",
                             "attendees": [{"person": "%4$s", "represents": "%1$s"}, {"person": "%5$s", "represents": "%2$s"}],
                             "proposals": [%6$s, %6$s, %6$s]}"""
                                    .formatted(
                                            a,
                                            b,
                                            T,
                                            px,
                                            py,
                                            """
                                            {"text": "%s", "proposedBy": "%s", "stances": [
                                              {"partner": "%s", "stance": "CONSENT", "givenBy": "%s", "reason": "%s"},
                                              {"partner": "%s", "stance": "CONSENT", "givenBy": "%s"}]}"""
                                                    .formatted(T, a, a, px, T, b, py)),
                            Map.of(
                                    "agenda[1]", Kind.TEXT,
                                    "minutes", Kind.TEXT,
                                    "proposals[0].text", Kind.TEXT,
                                    "proposals[0].stances[0].reason", Kind.TEXT,
                                    "occurredOn", Kind.DATE,
                                    "attendees[1].person", Kind.ID,
                                    "proposals[0].proposedBy", Kind.ID,
                                    "proposals[0].concernsVersion", Kind.WHOLE_NUMBER))
                    .body());
            String meeting = adopted.path("meetingId").asText();
            List<String> decisions = new ArrayList<>();
            for (JsonNode id : adopted.path("proposalIds")) {
                decisions.add(id.asText());
            }
            JsonNode pending = json.readTree(drive(
                            x,
                            p + "/meetings",
                            """
                            {"kind": "STEERING_GROUP", "occurredOn": "2004-01-16",
                             "attendees": [{"person": "%s", "represents": "%s"}],
                             "proposals": [{"text": "%s", "proposedBy": "%s"}, {"text": "%s", "proposedBy": "%s"}]}"""
                                    .formatted(px, a, T, a, T, a),
                            Map.of())
                    .body());
            String toStance = pending.path("proposalIds").get(0).asText();
            String toWithdraw = pending.path("proposalIds").get(1).asText();
            drive(
                    y,
                    p + "/proposals/" + toStance + "/stances",
                    """
                    {"partner": "%s", "stance": "CONSENT", "givenBy": "%s", "reason": "%s", "occurredOn": "2004-01-20"}"""
                            .formatted(b, py, T),
                    Map.of("reason", Kind.TEXT, "givenBy", Kind.ID, "occurredOn", Kind.DATE));
            drive(
                    x,
                    p + "/proposals/" + toWithdraw + "/retraction",
                    """
                    {"reason": "%s", "occurredOn": "2004-01-21"}""".formatted(T),
                    Map.of("reason", Kind.TEXT, "occurredOn", Kind.DATE));
            drive(
                    x,
                    p + "/meetings/" + meeting + "/minutes",
                    """
                    {"minutes": "%s, corrected", "occurredOn": "2004-01-22"}""".formatted(T),
                    Map.of("minutes", Kind.TEXT, "occurredOn", Kind.DATE));
            drive(
                    x,
                    p + "/admissions",
                    """
                    {"name": "%s C", "sector": "PRIVATE", "proposalId": "%s", "occurredOn": "2004-01-25"}"""
                            .formatted(NAME, decisions.get(0)),
                    Map.of("name", Kind.NAME, "proposalId", Kind.ID, "occurredOn", Kind.DATE));

            String conflict = drive(
                            x,
                            p + "/conflicts",
                            """
                            {"raisedBy": "%s", "concerning": ["%s"], "topic": "%s", "description": "%s",
                             "category": "COMMUNICATION", "occurredOn": "2004-02-01"}"""
                                    .formatted(a, b, T, T),
                            Map.of(
                                    "topic", Kind.TEXT,
                                    "description", Kind.TEXT,
                                    "raisedBy", Kind.ID,
                                    "concerning[0]", Kind.ID,
                                    "occurredOn", Kind.DATE))
                    .headers()
                    .firstValue("Location")
                    .orElseThrow();
            Map<String, Kind> note = Map.of("note", Kind.TEXT, "occurredOn", Kind.DATE);
            drive(x, conflict + "/steps", "{\"note\": \"%s\", \"occurredOn\": \"2004-02-05\"}".formatted(T), note);
            drive(
                    x,
                    conflict + "/escalation",
                    """
                    {"mediator": {"name": "%s", "organisation": "%s"}, "occurredOn": "2004-02-20"}"""
                            .formatted(NAME, NAME),
                    Map.of("mediator.name", Kind.NAME, "mediator.organisation", Kind.NAME, "occurredOn", Kind.DATE));
            drive(
                    x,
                    conflict + "/mediation-sessions",
                    "{\"note\": \"%s\", \"occurredOn\": \"2004-02-25\"}".formatted(T),
                    note);
            drive(
                    x,
                    conflict + "/resolution",
                    """
                    {"resolution": "%s", "consentedBy": ["%s", "%s"], "occurredOn": "2004-03-10"}"""
                            .formatted(T, a, b),
                    Map.of("resolution", Kind.TEXT, "consentedBy[0]", Kind.ID, "occurredOn", Kind.DATE));
            String abandoned = drive(
                            x,
                            p + "/conflicts",
                            """
                            {"raisedBy": "%s", "concerning": ["%s"], "topic": "%s", "description": "%s",
                             "category": "OTHER", "occurredOn": "2004-03-15"}"""
                                    .formatted(a, b, T, T),
                            Map.of())
                    .headers()
                    .firstValue("Location")
                    .orElseThrow();
            drive(
                    x,
                    abandoned + "/abandonment",
                    "{\"reason\": \"%s\", \"occurredOn\": \"2004-03-20\"}".formatted(T),
                    Map.of("reason", Kind.TEXT, "occurredOn", Kind.DATE));

            String entry = drive(
                            x,
                            p + "/diary",
                            """
                            {"author": "%s", "occurredOn": "2004-04-01", "text": "%s"}"""
                                    .formatted(px, T),
                            Map.of("text", Kind.TEXT, "author", Kind.ID, "occurredOn", Kind.DATE))
                    .headers()
                    .firstValue("Location")
                    .orElseThrow();
            drive(
                    x,
                    entry + "/visibility",
                    """
                    {"requestedBy": "%s", "visibility": "SHARED", "occurredOn": "2004-04-02"}"""
                            .formatted(px),
                    Map.of("requestedBy", Kind.ID, "occurredOn", Kind.DATE));
            drive(
                    x,
                    p + "/phase-observations",
                    """
                    {"observer": "%s", "phase": "CONTROL", "note": "%s", "occurredOn": "2004-04-05"}"""
                            .formatted(px, T),
                    Map.of("note", Kind.TEXT, "observer", Kind.ID, "occurredOn", Kind.DATE));
            drive(
                    x,
                    p + "/research-opening",
                    "{\"proposalId\": \"%s\", \"occurredOn\": \"2004-04-10\"}".formatted(decisions.get(1)),
                    Map.of("proposalId", Kind.ID, "occurredOn", Kind.DATE));
            drive(
                    x,
                    p + "/representatives/z-" + tag + "/removal",
                    "{\"reason\": \"%s\", \"occurredOn\": \"2004-04-15\"}".formatted(T),
                    Map.of("reason", Kind.TEXT, "occurredOn", Kind.DATE));
            drive(
                    x,
                    p + "/representatives/" + py + "/replacement",
                    "{\"incoming\": \"w-%s\", \"occurredOn\": \"2004-04-20\"}".formatted(tag),
                    Map.of("incoming", Kind.ID, "occurredOn", Kind.DATE));
            JsonNode head = json.readTree(x.get(p + "/verification").body());
            drive(
                    x,
                    p + "/checkpoints",
                    """
                    {"partner": "%s", "witness": "%s", "headHash": "%s", "eventCount": %d, "occurredOn": "2004-04-25"}"""
                            .formatted(
                                    a,
                                    px,
                                    head.path("headHash").asText(),
                                    head.path("eventCount").asLong()),
                    Map.of("witness", Kind.ID, "eventCount", Kind.WHOLE_NUMBER, "occurredOn", Kind.DATE));
            drive(
                    x,
                    p + "/withdrawals",
                    """
                    {"partner": "%s", "reason": "%s", "occurredOn": "2004-05-01"}"""
                            .formatted(a, T),
                    Map.of("reason", Kind.TEXT, "partner", Kind.ID, "occurredOn", Kind.DATE));
            drive(
                    x,
                    p + "/closing",
                    """
                    {"reason": "DECIDED", "proposalId": "%s", "occurredOn": "2004-06-01"}"""
                            .formatted(decisions.get(2)),
                    Map.of("proposalId", Kind.ID, "occurredOn", Kind.DATE));

            String programme = drive(
                            x,
                            "/api/programmes",
                            """
                            {"name": "%s", "facilitator": "%s", "startsOn": "2003-01-01", "endsOn": "2003-03-15"}"""
                                    .formatted(NAME, px),
                            Map.of(
                                    "name",
                                    Kind.NAME,
                                    "facilitator",
                                    Kind.ID,
                                    "startsOn",
                                    Kind.DATE,
                                    "endsOn",
                                    Kind.DATE))
                    .headers()
                    .firstValue("Location")
                    .orElseThrow();
            drive(
                    x,
                    programme + "/treatment-relationships",
                    """
                    {"person": "e-%1$s", "closeTo": "l-%1$s", "occurredOn": "2003-01-10"}"""
                            .formatted(tag),
                    Map.of("person", Kind.ID, "closeTo", Kind.ID, "occurredOn", Kind.DATE));
            drive(
                    x,
                    programme + "/pairs",
                    """
                    {"experienceExpert": "e2-%1$s", "strategicLeader": "l2-%1$s", "occurredOn": "2003-01-10"}"""
                            .formatted(tag),
                    Map.of("experienceExpert", Kind.ID, "strategicLeader", Kind.ID, "occurredOn", Kind.DATE));
            drive(
                    x,
                    programme + "/meetings",
                    """
                    {"kind": "KICK_OFF", "occurredOn": "2003-01-20", "attendees": ["e2-%1$s", "l2-%1$s"]}"""
                            .formatted(tag),
                    Map.of("attendees[0]", Kind.ID, "occurredOn", Kind.DATE));
        }

        /**
         * Sends the command first with every wrong value in each probed field (and a probed key given twice,
         * and wrong ids in its path), then as it is, which must be recorded.
         */
        HttpResponse<String> drive(LedgerHttp by, String path, String body, Map<String, Kind> fields) throws Exception {
            ObjectNode valid = (ObjectNode) json.readTree(body);
            for (Map.Entry<String, Kind> field : new TreeMap<>(fields).entrySet()) {
                if (textsOnly && field.getValue() != Kind.TEXT && field.getValue() != Kind.NAME) {
                    continue;
                }
                for (JsonNode wrong : wrongValues(field.getValue())) {
                    ObjectNode probe = valid.deepCopy();
                    set(probe, field.getKey(), wrong);
                    refused(by, path, json.writeValueAsString(probe), field.getKey());
                }
            }
            if (!textsOnly && !fields.isEmpty()) {
                String key = new TreeMap<>(fields).firstKey();
                if (!key.contains(".") && !key.contains("[")) {
                    String twice = json.writeValueAsString(valid)
                            .replaceFirst(
                                    "\\{",
                                    Matcher.quoteReplacement(
                                            "{\"" + key + "\": " + json.writeValueAsString(valid.get(key)) + ", "));
                    refused(by, path, twice, key);
                }
                Matcher id = ID_IN_PATH.matcher(path);
                if (id.find()) {
                    for (String wrongId : BAD_PATH_IDS) {
                        String wrongPath = path.substring(0, id.start(1)) + wrongId + path.substring(id.end(1));
                        refused(
                                by,
                                wrongPath,
                                json.writeValueAsString(valid),
                                path.startsWith("/api/programmes") ? "id" : "partnershipId");
                    }
                }
            }
            long before = events();
            HttpResponse<String> recorded = post(by, path, json.writeValueAsString(valid));
            assertThat(recorded.statusCode())
                    .as("%s %s -> %s", path, body, recorded.body())
                    .isBetween(200, 299);
            assertThat(events()).as("events recorded by " + path).isGreaterThan(before);
            settle();
            return recorded;
        }

        /** Either recorded whole (2xx, events added) or refused (4xx naming the field, nothing added); never 5xx. */
        private void refused(LedgerHttp by, String path, String body, String field) throws Exception {
            long before = events();
            HttpResponse<String> answer = post(by, path, body);
            long after = events();
            probes++;
            statuses.merge(answer.statusCode(), 1, Integer::sum);
            String request = path + " " + field + " in " + abbreviate(body);
            int status = answer.statusCode();
            if (status >= 200 && status < 300) {
                if (after == before) {
                    failures.add(status + " but nothing recorded: " + request);
                }
                // Every probed value is wrong by the stated rules, so none may be taken.
                failures.add(status + " took a wrong value: " + request + " -> " + abbreviate(answer.body()));
            } else if (status >= 400 && status < 500) {
                if (after != before) {
                    failures.add(status + " but " + (after - before) + " events recorded: " + request);
                }
                if (!namesField(answer.body(), field)) {
                    failures.add(
                            status + " without naming " + field + ": " + request + " -> " + abbreviate(answer.body()));
                }
            } else {
                failures.add(status + ": " + request + " -> " + abbreviate(answer.body()));
            }
        }

        private boolean namesField(String problem, String field) {
            try {
                JsonNode errors = json.readTree(problem).path("errors");
                String leaf = leaf(field);
                for (JsonNode error : errors) {
                    if (leaf(error.path("field").asText()).equals(leaf)) {
                        return true;
                    }
                }
                return false;
            } catch (Exception notJson) {
                return false;
            }
        }

        private HttpResponse<String> post(LedgerHttp by, String path, String body) throws Exception {
            return by.send(by.request(path)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }
    }

    private static List<JsonNode> wrongValues(Kind kind) {
        return switch (kind) {
            case TEXT -> BAD_TEXTS;
            case NAME -> {
                List<JsonNode> names = new ArrayList<>(BAD_TEXTS);
                names.addAll(BAD_NAMES);
                yield names;
            }
            case ID -> BAD_IDS;
            case DATE -> BAD_DATES;
            case WHOLE_NUMBER -> BAD_WHOLE_NUMBERS;
        };
    }

    /** The agreement template's sections, every text and name in them as sent by a client. */
    private static String agreement(String partner) {
        return """
                {"background": {"problem": "%2$s", "strengths": [{"partnerId": "%1$s", "strengths": "%2$s"}]},
                 "goals": {"goals": ["%2$s"], "successCriteria": ["%2$s"]},
                 "contentAndQuality": {"activity": "%2$s", "qualityRequirements": "%2$s"},
                 "organisation": {"rightsAndDuties": "%2$s", "responsibilities": [{"partnerId": "%1$s", "text": "%2$s"}],
                                  "governance": {"steeringGroupCadence": "%2$s", "workingGroupCadence": "%2$s"},
                                  "information": {"internal": "%2$s", "external": "%2$s"}},
                 "dialogue": {"rules": "%2$s", "mediator": {"name": "%3$s", "organisation": "%3$s"}},
                 "plan": {"phases": [{"name": "%3$s", "startsOn": "2004-01-01", "endsOn": "2004-11-30"}]},
                 "budget": {"financing": "%2$s", "moneyExchanged": false},
                 "changes": {"amendment": "%2$s", "withdrawal": "%2$s", "noticePeriod": "P3M"},
                 "riskAssessment": "%2$s",
                 "evaluation": {"method": "%2$s", "measurementPoints": ["%2$s"], "anchoring": "%2$s"},
                 "term": {"startsOn": "2003-12-01", "endsOn": "2004-12-31"},
                 "revisionDate": null,
                 "accession": ["%2$s"]}"""
                .formatted(partner, T, NAME);
    }

    private static Map<String, Kind> agreementFields() {
        Map<String, Kind> fields = new TreeMap<>();
        for (String text : List.of(
                "background.problem",
                "background.strengths[0].strengths",
                "goals.goals[0]",
                "contentAndQuality.activity",
                "organisation.responsibilities[0].text",
                "organisation.governance.steeringGroupCadence",
                "organisation.information.external",
                "dialogue.rules",
                "budget.financing",
                "changes.withdrawal",
                "riskAssessment",
                "evaluation.measurementPoints[0]",
                "accession[0]")) {
            fields.put("content." + text, Kind.TEXT);
        }
        fields.put("content.dialogue.mediator.name", Kind.NAME);
        fields.put("content.plan.phases[0].name", Kind.NAME);
        fields.put("content.term.endsOn", Kind.DATE);
        fields.put("content.plan.phases[0].startsOn", Kind.DATE);
        fields.put("proposedBy", Kind.ID);
        fields.put("occurredOn", Kind.DATE);
        return fields;
    }

    /** Sets a value at a path such as {@code proposals[0].stances[1].reason}. */
    private static void set(ObjectNode root, String path, JsonNode value) {
        String[] steps = path.split("\\.");
        JsonNode node = root;
        for (int i = 0; i < steps.length; i++) {
            Matcher indexed = Pattern.compile("([^\\[]+)(?:\\[(\\d+)])?").matcher(steps[i]);
            if (!indexed.matches()) {
                throw new IllegalArgumentException(path);
            }
            boolean last = i == steps.length - 1;
            String name = indexed.group(1);
            if (indexed.group(2) == null) {
                if (last) {
                    ((ObjectNode) node).set(name, value);
                } else {
                    node = node.get(name);
                }
            } else {
                ArrayNode array = (ArrayNode) node.get(name);
                int index = Integer.parseInt(indexed.group(2));
                if (last) {
                    array.set(index, value);
                } else {
                    node = array.get(index);
                }
            }
        }
    }

    /** {@code proposals[0].text} -> {@code text}; {@code agenda[1]} -> {@code agenda}. */
    private static String leaf(String field) {
        String last = field.substring(field.lastIndexOf('.') + 1);
        int index = last.indexOf('[');
        return index < 0 ? last : last.substring(0, index);
    }

    private static List<String> texts(Object value, List<String> into) {
        if (value instanceof String text) {
            into.add(text);
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(inner -> texts(inner, into));
        } else if (value instanceof List<?> list) {
            list.forEach(inner -> texts(inner, into));
        }
        return into;
    }

    private static TextNode text(String text) {
        return TextNode.valueOf(text);
    }

    /** Some acts record more a moment later (a matched pair's partnership is formed by the ledger itself). */
    private void settle() throws InterruptedException {
        long seen = -1;
        long now = events();
        while (now != seen) {
            Thread.sleep(300);
            seen = now;
            now = events();
        }
    }

    private long events() {
        return database.getCollection("events").countDocuments();
    }

    private static String abbreviate(String text) {
        return text == null || text.length() < 300 ? text : text.substring(0, 300) + "…";
    }
}
