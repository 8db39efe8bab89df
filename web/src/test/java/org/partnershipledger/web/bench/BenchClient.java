package org.partnershipledger.web.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A client of the running ledger as an outside program uses it: JSON over HTTP, signed in by HTTP Basic for
 * the API, or by the sign-in form (a session cookie) for the pages. Every answer carries how long it took.
 */
final class BenchClient {

    private static final HttpClient API =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final HttpClient http;
    private final Function<String, URI> uris;
    private final String authorization;

    private BenchClient(HttpClient http, Function<String, URI> uris, String authorization) {
        this.http = http;
        this.uris = uris;
        this.authorization = authorization;
    }

    static BenchClient signedIn(Function<String, URI> uris, String username, String password) {
        String credentials = username + ":" + password;
        return new BenchClient(
                API, uris, "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    /** The administrator the ledger created on its first start, with the password it wrote into {@code data}. */
    static BenchClient firstAdministrator(Function<String, URI> uris, Path data) throws IOException {
        return signedIn(
                uris,
                "admin",
                Files.readString(data.resolve("initial-administrator-password.txt"))
                        .strip());
    }

    /** Signed in through the sign-in page, as a person in a browser: the session cookie signs the pages in. */
    static BenchClient signedInToPages(Function<String, URI> uris, String username, String password)
            throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        BenchClient pages = new BenchClient(browser, uris, null);
        Answer form = pages.get("/login");
        Matcher csrf = CSRF.matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("The sign-in page has no CSRF token:\n" + form.body());
        }
        String fields =
                "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        Answer signedIn = pages.send(HttpRequest.newBuilder(uris.apply("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields)));
        String location = signedIn.header("Location");
        if (signedIn.status() != 302 || location == null || location.contains("error")) {
            throw new IllegalStateException("Could not sign in to the pages as " + username + ": " + signedIn);
        }
        return pages;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A JSON body made of maps, lists and values. */
    Answer post(String path, Object body) throws IOException, InterruptedException {
        return post(path, body, null);
    }

    /** The same, with an {@code Idempotency-Key} unless {@code key} is null. */
    Answer post(String path, Object body, String key) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        return send(key == null ? request : request.header("Idempotency-Key", key));
    }

    /** Posted, and refused loudly unless the ledger accepted it: a benchmark of refusals measures nothing. */
    Answer accepted(String path, Object body) throws IOException, InterruptedException {
        return accepted(path, body, null);
    }

    /** The same, with an {@code Idempotency-Key} unless {@code key} is null. */
    Answer accepted(String path, Object body, String key) throws IOException, InterruptedException {
        Answer answer = post(path, body, key);
        if (answer.status() / 100 != 2) {
            throw new IllegalStateException("POST " + path + " was refused: " + answer + "\n" + body);
        }
        return answer;
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    /** Read, and refused loudly unless the ledger answered 200. */
    Answer read(String path) throws IOException, InterruptedException {
        Answer answer = get(path);
        if (answer.status() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + answer);
        }
        return answer;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uris.apply(path)).timeout(Duration.ofMinutes(5));
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response, System.nanoTime() - start);
    }

    /** The ledger's answer, and the nanoseconds from sending the request to having read the whole answer. */
    record Answer(HttpResponse<String> response, long nanos) {

        int status() {
            return response.statusCode();
        }

        String body() {
            return response.body();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        JsonNode json() throws IOException {
            return JSON.readTree(body());
        }

        double millis() {
            return nanos / 1e6;
        }

        @Override
        public String toString() {
            String body = body() == null ? "" : body();
            return status() + " " + (body.length() > 500 ? body.substring(0, 500) + "..." : body);
        }
    }
}
