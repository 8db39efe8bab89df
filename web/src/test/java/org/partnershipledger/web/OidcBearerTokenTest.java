package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
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
 * OpenID Connect configured: bearer tokens from a local identity provider, checked against its keys and
 * mapped to ledger users, beside HTTP Basic; and the pages' way to the identity provider's sign-in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OidcBearerTokenTest {

    private static final TestIdentityProvider IDENTITY_PROVIDER = startIdentityProvider();
    private static final AtomicInteger NUMBER = new AtomicInteger();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PARTNERSHIP =
            """
            {"name": "Vold mod kvinder", "purpose": "Help women subjected to violence", "occurredOn": "2003-08-15",
             "partners": [{"name": "Mødrehjælpen", "sector": "VOLUNTARY"},
                          {"name": "Frederiksberg Kommune", "sector": "PUBLIC"}]}""";

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @DynamicPropertySource
    static void ledger(DynamicPropertyRegistry registry) throws Exception {
        String directory = Files.createTempDirectory("ledger-oidc").toString();
        registry.add("ledger.data-dir", () -> directory);
        registry.add("ledger.mongodb.uri", () -> "");
        registry.add("ledger.oidc.issuer-uri", IDENTITY_PROVIDER::issuer);
        registry.add("ledger.oidc.audience", () -> TestIdentityProvider.AUDIENCE);
        registry.add("ledger.oidc.client-id", () -> "ledger-pages");
        registry.add("ledger.oidc.client-secret", () -> "a client secret for tests");
    }

    @AfterAll
    static void stopIdentityProvider() {
        IDENTITY_PROVIDER.close();
    }

    @Test
    void aFacilitatorsTokenFormsAPartnershipAndReadsItBack() throws Exception {
        String token = IDENTITY_PROVIDER.token(user(Capacity.FACILITATOR)).signed();

        HttpResponse<String> created = post("/api/partnerships", token);

        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> read = eventually(location, token);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json.readTree(read.body()).path("name").asText()).isEqualTo("Vold mod kvinder");
    }

    @Test
    void theUsernameInTheTokenIsMatchedWhateverItsCase() throws Exception {
        String username = user(Capacity.FACILITATOR);
        String token =
                IDENTITY_PROVIDER.token(username.toUpperCase(Locale.ROOT)).signed();

        assertThat(signedInAs(token)).isEqualTo(username);
    }

    @Test
    void aTokenWithoutTheUsernameClaimNamesItsUserBySubject() throws Exception {
        String username = user(Capacity.FACILITATOR);
        String token = IDENTITY_PROVIDER.token(null).subject(username).signed();

        assertThat(signedInAs(token)).isEqualTo(username);
    }

    @Test
    void aTokenForNoLedgerUserIsRefusedWithAProblemSayingSo() throws Exception {
        String token = IDENTITY_PROVIDER.token("nobody-in-the-ledger").signed();

        HttpResponse<String> refused = get("/api/partnerships", token);

        assertRefused(refused, "no ledger user for this token");
        assertThat(refused.body()).contains("nobody-in-the-ledger");
    }

    @Test
    void rolesAndGroupsInTheTokenGrantNothing() throws Exception {
        String token = IDENTITY_PROVIDER
                .token(user())
                .claim("roles", List.of("FACILITATOR", "ADMINISTRATOR"))
                .claim("groups", List.of("facilitators", "administrators"))
                .claim("scope", "partnerships:write admin")
                .signed();

        assertThat(post("/api/partnerships", token).statusCode()).isEqualTo(403);
        assertThat(get("/api/admin/users", token).statusCode()).isEqualTo(403);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String token = IDENTITY_PROVIDER
                .token(user(Capacity.FACILITATOR))
                .expiredAgo(Duration.ofMinutes(5))
                .signed();

        assertRefused(get("/api/partnerships", token), "expired");
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() throws Exception {
        String token = IDENTITY_PROVIDER.token(user(Capacity.FACILITATOR)).signedWith(TestIdentityProvider.newKey());

        assertRefused(get("/api/partnerships", token), "not accepted");
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() throws Exception {
        String token = IDENTITY_PROVIDER
                .token(user(Capacity.FACILITATOR))
                .issuer("https://another-issuer.example")
                .signed();

        assertRefused(get("/api/partnerships", token), "iss");
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() throws Exception {
        String token = IDENTITY_PROVIDER
                .token(user(Capacity.FACILITATOR))
                .audience("another-application")
                .signed();

        assertRefused(get("/api/partnerships", token), "aud");
    }

    @Test
    void somethingThatIsNoTokenIsRefused() throws Exception {
        assertRefused(get("/api/partnerships", "not-a-token"), "not accepted");
    }

    @Test
    void basicStillSignsInBesideBearerTokens() throws Exception {
        LedgerHttp facilitator = new TestUsers(users, port).facilitator();

        assertThat(facilitator.post("/api/partnerships", PARTNERSHIP).statusCode())
                .isEqualTo(201);
        assertThat(facilitator.get("/api/partnerships").statusCode()).isEqualTo(200);
    }

    @Test
    void signingInToThePagesSendsThePersonToTheIdentityProvider() throws Exception {
        HttpResponse<String> redirect = send(request("/oauth2/authorization/ledger", null));

        assertThat(redirect.statusCode()).isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(location)
                .startsWith(IDENTITY_PROVIDER.issuer() + "/authorize?")
                .contains("response_type=code", "client_id=ledger-pages", "scope=openid", "code_challenge=")
                .contains("redirect_uri=http://localhost:" + port + "/login/oauth2/code/ledger");
    }

    @Test
    void theSignInPageOffersTheIdentityProviderBesideThePassword() throws Exception {
        HttpResponse<String> page = send(request("/login", null));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/oauth2/authorization/ledger", "name=\"password\"");
    }

    @Test
    void aPersonWithALedgerUserSignsInToThePagesAtTheIdentityProvider() throws Exception {
        String username = user(Capacity.FACILITATOR);

        HttpResponse<String> back = signInAtTheIdentityProvider(username);

        assertThat(back.statusCode()).isEqualTo(302);
        assertThat(back.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/");
        String session = back.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        HttpResponse<String> page = send(request("/", null).header("Cookie", session));
        assertThat(page.headers().firstValue("Location").orElse("")).doesNotEndWith("/login");
    }

    @Test
    void aPersonWithoutALedgerUserIsToldSoWhenSigningInToThePages() throws Exception {
        HttpResponse<String> refused = signInAtTheIdentityProvider("nobody-in-the-ledger");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("the ledger has no user for you", "nobody-in-the-ledger");
    }

    /** Through the authorization code flow as a browser would, the identity provider answering at once. */
    private HttpResponse<String> signInAtTheIdentityProvider(String username) throws Exception {
        HttpResponse<String> toIdentityProvider = send(request("/oauth2/authorization/ledger", null));
        String session = toIdentityProvider
                .headers()
                .firstValue("Set-Cookie")
                .orElseThrow()
                .split(";")[0];
        Map<String, String> authorization = parameters(
                URI.create(toIdentityProvider.headers().firstValue("Location").orElseThrow()));
        String code = "code-" + NUMBER.incrementAndGet();
        IDENTITY_PROVIDER.willExchange(
                code,
                IDENTITY_PROVIDER
                        .token(username)
                        .audience("ledger-pages")
                        .claim("nonce", authorization.get("nonce"))
                        .signed());
        String state = URLEncoder.encode(authorization.get("state"), StandardCharsets.UTF_8);
        return send(request("/login/oauth2/code/ledger?code=" + code + "&state=" + state, null)
                .header("Cookie", session));
    }

    private static Map<String, String> parameters(URI uri) {
        Map<String, String> parameters = new HashMap<>();
        for (String parameter : uri.getRawQuery().split("&")) {
            String[] pair = parameter.split("=", 2);
            parameters.put(pair[0], URLDecoder.decode(pair[1], StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private void assertRefused(HttpResponse<String> refused, String because) throws Exception {
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer"));
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.path("status").asInt()).isEqualTo(401);
        assertThat(problem.path("detail").asText()).containsIgnoringCase(because);
    }

    /** A new ledger user with a person of their own and the given capacities; returns the username. */
    private String user(Capacity... capacities) {
        String username = "oidc-user-" + NUMBER.incrementAndGet();
        users.create(username, TestUsers.PASSWORD, PersonId.generate(), Set.of(capacities));
        return username;
    }

    private String signedInAs(String token) throws Exception {
        HttpResponse<String> me = get("/api/me", token);
        assertThat(me.statusCode()).isEqualTo(200);
        return json.readTree(me.body()).path("username").asText();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return send(request(path, token));
    }

    private HttpResponse<String> post(String path, String token) throws Exception {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(PARTNERSHIP)));
    }

    /** Read models are projected asynchronously: what was just recorded is readable a moment later. */
    private HttpResponse<String> eventually(String path, String token) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        HttpResponse<String> response = get(path, token);
        while (response.statusCode() == 404 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            response = get(path, token);
        }
        return response;
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static TestIdentityProvider startIdentityProvider() {
        try {
            return TestIdentityProvider.start();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The test identity provider did not start", e);
        }
    }
}
