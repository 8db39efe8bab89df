package org.partnershipledger.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A client of the running ledger, as the API tests use it: JSON in, the raw answer out. */
final class LedgerHttp {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final int port;

    LedgerHttp(int port) {
        this.port = port;
    }

    HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
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
