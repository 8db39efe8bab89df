package org.partnershipledger.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A client of the running ledger, as the API tests use it: JSON in, the raw answer out, signed in as one
 * user by HTTP Basic (or not at all).
 */
final class LedgerHttp {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final int port;
    private final String authorization;

    /** Not signed in. */
    LedgerHttp(int port) {
        this(port, null);
    }

    private LedgerHttp(int port, String authorization) {
        this.port = port;
        this.authorization = authorization;
    }

    /** The same ledger, signed in as another user. */
    LedgerHttp as(String username, String password) {
        String credentials = username + ":" + password;
        return new LedgerHttp(
                port, "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    HttpResponse<String> post(String path, String body) throws Exception {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(request(path));
    }

    /** A request to the ledger, signed in as this client's user, to complete and send. */
    HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode read(String body) throws Exception {
        return json.readTree(body);
    }

    /** Read models are projected asynchronously: waits until the answer shows what was just recorded. */
    JsonNode eventually(String path, Predicate<JsonNode> shows) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        JsonNode answer = eventually(path);
        while (!shows.test(answer) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            answer = eventually(path);
        }
        return answer;
    }

    /** Read models are projected asynchronously: what was just recorded is readable a moment later. */
    JsonNode eventually(String path) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        HttpResponse<String> response = get(path);
        while (response.statusCode() == 404 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            response = get(path);
        }
        if (response.statusCode() != 200) {
            throw new AssertionError("Not readable within 30 s: " + path + " (" + response.statusCode() + ")");
        }
        return json.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
