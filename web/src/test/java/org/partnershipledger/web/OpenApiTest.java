package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.partnershipledger.web.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The API describes itself, every endpoint with the problems it can answer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiTest {

    private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws Exception {
        String directory = Files.createTempDirectory("ledger-openapi").toString();
        registry.add("ledger.data-dir", () -> directory);
        registry.add("ledger.mongodb.uri", () -> "");
    }

    @Test
    void everyEndpointIsDescribedWithItsProblemResponses() throws Exception {
        LedgerHttp anyone = new LedgerHttp(port);

        JsonNode api = anyone.read(anyone.get("/v3/api-docs").body());

        JsonNode paths = api.path("paths");
        assertThat(paths.has("/api/partnerships")).isTrue();
        assertThat(paths.has("/api/partnerships/{partnershipId}/agreement/versions/{version}/signatures"))
                .isTrue();
        assertThat(paths.has("/api/partnerships/{id}/timeline")).isTrue();
        assertThat(paths.has("/api/programmes/{id}/pairs")).isTrue();
        paths.forEach(path ->
                path.forEach(operation -> assertThat(operation.path("responses").has("409"))
                        .as(operation.path("operationId").asText())
                        .isTrue()));
    }

    @Test
    void aViewThatNamesPersonsIsDescribedWithItsFieldsAndTheNamesBesideThem() throws Exception {
        LedgerHttp anyone = new LedgerHttp(port);

        JsonNode api = anyone.read(anyone.get("/v3/api-docs").body());

        JsonNode decision = schema(
                api,
                api.path("paths")
                        .path("/api/partnerships/{id}/decisions")
                        .path("get")
                        .path("responses")
                        .path("200")
                        .path("content")
                        .path("*/*")
                        .path("schema")
                        .path("items"));
        assertThat(decision.path("properties").has("proposalId"))
                .as(decision.toString())
                .isTrue();
        assertThat(decision.path("properties").has("stances")).isTrue();
        assertThat(decision.path("properties").has("view")).isFalse();
        assertThat(decision.path("properties").path("names").path("description").asText())
                .contains("researcher");
    }

    /** The schema itself, where the API refers to one of its components. */
    private static JsonNode schema(JsonNode api, JsonNode schema) {
        String reference = schema.path("$ref").asText();
        if (reference.isEmpty()) {
            return schema;
        }
        return api.path("components").path("schemas").path(reference.substring(reference.lastIndexOf('/') + 1));
    }

    @Test
    void theApiPagesAreOpenedAfterSigningIn() throws Exception {
        HttpResponse<String> anonymous = new LedgerHttp(port).get("/swagger-ui/index.html");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));

        users.create("reader", TestUsers.PASSWORD, null, Set.of());

        assertThat(openSignedIn("reader", TestUsers.PASSWORD, "/swagger-ui/index.html")
                        .statusCode())
                .isEqualTo(200);
    }

    /** As a person in a browser: the sign-in page, its form sent back with its token, then the page. */
    private HttpResponse<String> openSignedIn(String username, String password, String page) throws Exception {
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> login =
                browser.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF_TOKEN.matcher(login.body());
        assertThat(token.find()).as(login.body()).isTrue();
        String form =
                "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        HttpResponse<String> signedIn = browser.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return browser.send(HttpRequest.newBuilder(uri(page)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
