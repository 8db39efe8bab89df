package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.partnershipledger.web.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An issuer is configured but its identity provider does not answer: the ledger starts all the same
 * (nothing is asked of the issuer at start-up), passwords still sign in, and a bearer token is answered
 * with a problem saying the token could not be checked rather than with a server error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OidcIdentityProviderDownTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @DynamicPropertySource
    static void ledger(DynamicPropertyRegistry registry) throws Exception {
        String directory = Files.createTempDirectory("ledger-oidc-down").toString();
        String issuer = "http://127.0.0.1:" + portNobodyListensOn();
        registry.add("ledger.data-dir", () -> directory);
        registry.add("ledger.mongodb.uri", () -> "");
        registry.add("ledger.oidc.issuer-uri", () -> issuer);
        registry.add("ledger.oidc.client-id", () -> "ledger-pages");
    }

    @Test
    void passwordsStillSignIn() throws Exception {
        LedgerHttp facilitator = new TestUsers(users, port).facilitator();

        assertThat(facilitator.get("/api/partnerships").statusCode()).isEqualTo(200);
    }

    @Test
    void aBearerTokenIsAnsweredThatItCouldNotBeChecked() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/partnerships"))
                .header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl"));

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("identity provider did not answer");
    }

    @Test
    void signingInToThePagesAtTheIdentityProviderSaysItIsUnavailable() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/oauth2/authorization/ledger")));

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.body()).contains("sign in with your ledger password");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int portNobodyListensOn() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
