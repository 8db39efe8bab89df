package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person signed in through the sign-in form, reading pages over plain HTTP as a browser would (its
 * session cookie, its language), for tests that check what a page says without driving Chromium.
 */
public final class PageSession {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private final HttpClient client;
    private final int port;
    private final String language;

    private PageSession(HttpClient client, int port, String language) {
        this.client = client;
        this.port = port;
        this.language = language;
    }

    public static PageSession signIn(int port, String username, String password, String language) throws Exception {
        PageSession session = new PageSession(
                HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .connectTimeout(PATIENCE)
                        .build(),
                port,
                language);
        HttpResponse<String> form = session.get("/login");
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).as(form.body()).isTrue();
        String credentials = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        HttpResponse<String> signedIn = session.client.send(
                session.request("/login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(credentials))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location"))
                .as("signed in")
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        return session;
    }

    public HttpResponse<String> get(String path) throws Exception {
        return client.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> bytes(String path) throws Exception {
        return client.send(request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", language)
                .timeout(PATIENCE);
    }
}
