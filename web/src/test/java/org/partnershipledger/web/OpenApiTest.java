package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The API describes itself, every endpoint with the problems it can answer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws Exception {
        String directory = Files.createTempDirectory("ledger-openapi").toString();
        registry.add("ledger.data-dir", () -> directory);
        registry.add("ledger.mongodb.uri", () -> "");
    }

    @Test
    void everyEndpointIsDescribedWithItsProblemResponses() throws Exception {
        LedgerHttp http = new LedgerHttp(port);

        JsonNode api = http.read(http.get("/v3/api-docs").body());

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
        assertThat(http.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }
}
