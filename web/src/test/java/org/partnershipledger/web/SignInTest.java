package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnershipledger.web.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Signing in: the first administrator, Basic for the API, a form for pages, throttling, headers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class SignInTest {

    private static Path directory;

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws Exception {
        directory = Files.createTempDirectory("ledger-sign-in");
        registry.add("ledger.data-dir", directory::toString);
        registry.add("ledger.mongodb.uri", () -> "");
    }

    @Test
    void aNewLedgerHasOneAdministratorWithARandomPasswordInAFileOnlyItsOwnerReads() throws Exception {
        Path file = directory.resolve("initial-administrator-password.txt");
        String password = Files.readString(file).strip();

        assertThat(password).hasSize(20).doesNotContainAnyWhitespaces();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        LedgerHttp admin = new LedgerHttp(port).as("admin", password);
        assertThat(admin.get("/api/me").body()).contains("\"ADMINISTRATOR\"");
        assertThat(admin.get("/api/admin/users").statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordIsA401ProblemAndThePasswordIsNeverLogged(CapturedOutput output) throws Exception {
        users.create("wrong-once", TestUsers.PASSWORD, null, java.util.Set.of());

        var refused =
                new LedgerHttp(port).as("wrong-once", "not the password at all").get("/api/me");

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(output.getAll()).doesNotContain("not the password at all").doesNotContain(TestUsers.PASSWORD);
    }

    @Test
    void afterFiveFailedSignInsEvenTheRightPasswordMustWait() throws Exception {
        users.create("guessed-at", TestUsers.PASSWORD, null, java.util.Set.of());
        LedgerHttp guesser = new LedgerHttp(port);
        for (int guess = 0; guess < 5; guess++) {
            assertThat(guesser.as("guessed-at", "guess number " + guess)
                            .get("/api/me")
                            .statusCode())
                    .isEqualTo(401);
        }

        var throttled = guesser.as("guessed-at", TestUsers.PASSWORD).get("/api/me");

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        assertThat(throttled.body()).contains("Too many failed sign-ins");
    }

    @Test
    void pagesSignInByAFormThatNeedsItsCsrfToken() throws Exception {
        users.create("page-user", TestUsers.PASSWORD, null, java.util.Set.of());
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String form = browser.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher token = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"")
                .matcher(form);
        assertThat(token.find()).as(form).isTrue();

        HttpResponse<String> withoutToken =
                browser.send(login("page-user", TestUsers.PASSWORD, null), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> signedIn = browser.send(
                login("page-user", TestUsers.PASSWORD, token.group(1)), HttpResponse.BodyHandlers.ofString());

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
    }

    @Test
    void pagesAndTheApiAnswerWithSecurityHeaders() throws Exception {
        for (String path : new String[] {"/login", "/api/partnerships"}) {
            var headers = new LedgerHttp(port).get(path).headers();
            assertThat(headers.firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(policy ->
                            assertThat(policy).contains("default-src 'self'").contains("frame-ancestors 'none'"));
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(headers.firstValue("Permissions-Policy")).as(path).isPresent();
        }
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndSecureWhenTheRequestCameOverTls() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> plain =
                client.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
        // A TLS-terminating proxy on a private address says the request came over TLS.
        HttpResponse<String> behindTls = client.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("X-Forwarded-Proto", "https")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(sessionCookie(plain))
                .contains("SameSite=Lax")
                .contains("HttpOnly")
                .doesNotContain("Secure");
        assertThat(sessionCookie(behindTls)).contains("SameSite=Lax").contains("Secure");
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    @Test
    void aPageWithoutSigningInLeadsToTheSignInForm() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uri("/swagger-ui/index.html")).build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
    }

    @Test
    void aUserChangesTheirOwnPasswordOnlyByGivingTheCurrentOne() throws Exception {
        users.create("changing", TestUsers.PASSWORD, null, java.util.Set.of());
        LedgerHttp user = new LedgerHttp(port).as("changing", TestUsers.PASSWORD);

        var wrong = user.post(
                "/api/me/password", "{\"currentPassword\": \"wrong\", \"newPassword\": \"a brand new password\"}");
        var tooShort = user.post(
                "/api/me/password",
                "{\"currentPassword\": \"%s\", \"newPassword\": \"short\"}".formatted(TestUsers.PASSWORD));
        var changed = user.post(
                "/api/me/password",
                "{\"currentPassword\": \"%s\", \"newPassword\": \"a brand new password\"}"
                        .formatted(TestUsers.PASSWORD));

        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("password");
        assertThat(changed.statusCode()).isEqualTo(204);
        assertThat(new LedgerHttp(port)
                        .as("changing", "a brand new password")
                        .get("/api/me")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void theLastAdministratorCannotGiveUpTheCapacity() throws Exception {
        String password = Files.readString(directory.resolve("initial-administrator-password.txt"))
                .strip();
        LedgerHttp admin = new LedgerHttp(port).as("admin", password);

        var refused = admin.post("/api/admin/users/admin/capacities", "{\"capacities\": [\"RESEARCHER\"]}");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("last-administrator");
        assertThat(admin.get("/api/me").body()).contains("ADMINISTRATOR");
    }

    private HttpRequest login(String username, String password, String csrf) {
        String form = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + (csrf == null ? "" : "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
