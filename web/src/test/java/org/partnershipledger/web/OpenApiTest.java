package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.partnershipledger.web.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The API describes itself, every endpoint with the problems it can answer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiTest {

    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

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
        assertThat(paths.has("/api/partnerships/{partnershipId}/timeline")).isTrue();
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
                        .path("/api/partnerships/{partnershipId}/decisions")
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

    @Test
    void theDescriptionIsValidOpenApi() throws Exception {
        LedgerHttp anyone = new LedgerHttp(port);
        String description = anyone.get("/v3/api-docs").body();

        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(description, null, options);

        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI()).isNotNull();
    }

    /**
     * The description the build lints and generates its client from is the one the ledger serves. Run with
     * {@code -Dledger.openapi.write=true} to write the served one over it after changing the API.
     */
    @Test
    void theCommittedDescriptionIsTheOneTheLedgerServes() throws Exception {
        LedgerHttp anyone = new LedgerHttp(port);
        String served = anyone.get("/v3/api-docs").body();
        Path committed = Path.of("..", "docs", "openapi.json");
        if (Boolean.getBoolean("ledger.openapi.write")) {
            Files.writeString(committed, PRETTY.writeValueAsString(PRETTY.readTree(served)) + "\n");
        }

        assertThat(PRETTY.readTree(Files.readString(committed)))
                .as("docs/openapi.json differs from /v3/api-docs: run OpenApiTest with -Dledger.openapi.write=true")
                .isEqualTo(PRETTY.readTree(served));
    }

    @Test
    void noTwoTypesOfTheApiShareASchemaName() {
        Map<String, Class<?>> byName = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Class<?> type : typesOfTheApi()) {
            Class<?> before = byName.putIfAbsent(type.getSimpleName(), type);
            if (before != null && before != type) {
                clashes.add(before.getName() + " and " + type.getName());
            }
        }

        assertThat(clashes).isEmpty();
    }

    @Test
    void anAgreementProposalAndAMeetingsProposalAreDescribedByTheirOwnSchemas() throws Exception {
        LedgerHttp anyone = new LedgerHttp(port);

        JsonNode api = anyone.read(anyone.get("/v3/api-docs").body());

        JsonNode paths = api.path("paths");
        assertThat(requestSchema(paths.path("/api/partnerships/{partnershipId}/agreement/versions")))
                .isEqualTo("#/components/schemas/AgreementProposalRequest");
        assertThat(requestSchema(paths.path("/api/partnerships/{partnershipId}/proposals/{proposalId}/retraction")))
                .isEqualTo("#/components/schemas/ProposalRetractionRequest");
        assertThat(requestSchema(paths.path("/api/partnerships/{partnershipId}/withdrawals")))
                .isEqualTo("#/components/schemas/PartnerWithdrawalRequest");
        JsonNode schemas = api.path("components").path("schemas");
        assertThat(schemas.path("AgreementProposalRequest").path("properties").has("content"))
                .isTrue();
        assertThat(schemas.path("MeetingProposalRequest").path("properties").has("text"))
                .isTrue();
        assertThat(schemas.path("ProposalRetractionRequest").path("properties").has("reason"))
                .isTrue();
        assertThat(schemas.path("PartnerWithdrawalRequest").path("properties").has("partner"))
                .isTrue();
    }

    @Test
    void idsAreDescribedAsTheTextTheApiTakes() throws Exception {
        LedgerHttp anyone = new LedgerHttp(port);

        JsonNode api = anyone.read(anyone.get("/v3/api-docs").body());

        JsonNode schemas = api.path("components").path("schemas");
        assertThat(schemas.has("PersonId")).isFalse();
        assertThat(schemas.has("PartnerId")).isFalse();
        assertThat(schemas.has("ContentHash")).isFalse();
        schemas.properties().forEach(schema -> {
            Set<String> properties = new HashSet<>();
            schema.getValue().path("properties").fieldNames().forEachRemaining(properties::add);
            assertThat(properties).as(schema.getKey()).isNotEqualTo(Set.of("value"));
        });
        assertThat(schemas.path("VersionReference")
                        .path("properties")
                        .path("contentHash")
                        .path("type")
                        .asText())
                .isEqualTo("string");
    }

    @Test
    void everyCommandIsDescribedWithTheStatusItAnswers() throws Exception {
        LedgerHttp anyone = new LedgerHttp(port);

        JsonNode api = anyone.read(anyone.get("/v3/api-docs").body());

        api.path("paths").properties().forEach(path -> {
            JsonNode post = path.getValue().path("post");
            if (post.isMissingNode()) {
                return;
            }
            JsonNode responses = post.path("responses");
            assertThat(responses.has("200")).as(path.getKey()).isFalse();
            assertThat(responses.has("201") || responses.has("202") || responses.has("204"))
                    .as(path.getKey())
                    .isTrue();
            if (responses.has("201")) {
                assertThat(responses
                                .path("201")
                                .path("headers")
                                .path("Location")
                                .path("schema")
                                .path("type")
                                .asText())
                        .as(path.getKey())
                        .isEqualTo("string");
            }
            assertThat(responses.path("409").path("content").has("application/problem+json"))
                    .as(path.getKey())
                    .isTrue();
        });
        JsonNode paths = api.path("paths");
        assertThat(paths.path("/api/partnerships")
                        .path("post")
                        .path("responses")
                        .has("201"))
                .isTrue();
        assertThat(paths.path("/api/partnerships/{partnershipId}/closing")
                        .path("post")
                        .path("responses")
                        .has("204"))
                .isTrue();
        JsonNode problem = api.path("components").path("schemas").path("ProblemDetail");
        assertThat(problem.path("properties").path("status").path("type").asText())
                .isEqualTo("integer");
        assertThat(problem.path("properties")
                        .path("errors")
                        .path("items")
                        .path("properties")
                        .has("field"))
                .isTrue();
    }

    @Test
    void exportsAreDescribedAsZipDownloads() throws Exception {
        LedgerHttp anyone = new LedgerHttp(port);

        JsonNode api = anyone.read(anyone.get("/v3/api-docs").body());

        List<String> exports = new ArrayList<>();
        api.path("paths").properties().forEach(path -> {
            if (path.getKey().contains("/exports/")) {
                exports.add(path.getKey());
                JsonNode ok = path.getValue().path("get").path("responses").path("200");
                assertThat(ok.path("content").propertyStream().map(Map.Entry::getKey))
                        .as(path.getKey())
                        .containsExactly("application/zip");
                JsonNode zip = ok.path("content").path("application/zip").path("schema");
                assertThat(zip.path("type").asText()).isEqualTo("string");
                assertThat(zip.path("format").asText()).isEqualTo("binary");
            }
        });
        assertThat(exports).hasSize(5).contains("/api/exports/xes", "/api/exports/ocel");
    }

    @Test
    void everyCommandMayCarryAnIdempotencyKey() throws Exception {
        LedgerHttp anyone = new LedgerHttp(port);

        JsonNode api = anyone.read(anyone.get("/v3/api-docs").body());

        api.path("paths").properties().forEach(path -> {
            JsonNode post = path.getValue().path("post");
            if (post.isMissingNode()) {
                return;
            }
            List<JsonNode> keys = new ArrayList<>();
            post.path("parameters").forEach(parameter -> {
                if (parameter.path("name").asText().equals("Idempotency-Key")) {
                    keys.add(parameter);
                }
            });
            assertThat(keys).as(path.getKey()).hasSize(1);
            assertThat(keys.get(0).path("in").asText()).isEqualTo("header");
            assertThat(keys.get(0).path("required").asBoolean()).isFalse();
            assertThat(post.path("responses").has("422")).as(path.getKey()).isTrue();
        });
    }

    @Test
    void everyOperationHasItsOwnNamedIdAndASummary() throws Exception {
        LedgerHttp anyone = new LedgerHttp(port);

        JsonNode api = anyone.read(anyone.get("/v3/api-docs").body());

        Set<String> ids = new HashSet<>();
        api.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    String id = operation.getValue().path("operationId").asText();
                    assertThat(id).as(path.getKey()).matches("[a-z][A-Za-z]+");
                    assertThat(ids.add(id)).as(id).isTrue();
                    assertThat(operation.getValue().path("summary").asText())
                            .as(id)
                            .isNotBlank();
                }));
        JsonNode paths = api.path("paths");
        assertThat(paths.path("/api/partnerships/{partnershipId}/meetings")
                        .path("post")
                        .path("operationId")
                        .asText())
                .isEqualTo("decisionRecordMeeting");
        assertThat(paths.path("/api/programmes/{id}/meetings")
                        .path("post")
                        .path("operationId")
                        .asText())
                .isEqualTo("programmeRecordMeeting");
    }

    @Test
    void eachPlaceInAPathHasOneParameterName() throws Exception {
        LedgerHttp anyone = new LedgerHttp(port);

        JsonNode api = anyone.read(anyone.get("/v3/api-docs").body());

        Map<String, Set<String>> namesByPlace = new HashMap<>();
        api.path("paths").fieldNames().forEachRemaining(path -> {
            StringBuilder place = new StringBuilder();
            for (String segment : path.substring(1).split("/")) {
                place.append('/');
                if (segment.startsWith("{")) {
                    namesByPlace
                            .computeIfAbsent(place.toString(), at -> new HashSet<>())
                            .add(segment);
                    place.append("{}");
                } else {
                    place.append(segment);
                }
            }
        });

        namesByPlace.forEach((place, names) -> assertThat(names).as(place).hasSize(1));
        assertThat(namesByPlace.get("/api/partnerships/")).containsExactly("{partnershipId}");
    }

    private static String requestSchema(JsonNode path) {
        return path.path("post")
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema")
                .path("$ref")
                .asText();
    }

    /** Every type a body of the API is read into or written from, with the types of their fields. */
    private Set<Class<?>> typesOfTheApi() {
        Deque<Type> open = new ArrayDeque<>();
        for (HandlerMethod handler : handlers.getHandlerMethods().values()) {
            open.add(handler.getReturnType().getGenericParameterType());
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class)) {
                    open.add(parameter.getGenericParameterType());
                }
            }
        }
        Set<Class<?>> found = new HashSet<>();
        while (!open.isEmpty()) {
            Type type = open.pop();
            if (type instanceof ParameterizedType parameterized) {
                open.add(parameterized.getRawType());
                open.addAll(List.of(parameterized.getActualTypeArguments()));
            } else if (type instanceof Class<?> plain
                    && plain.getName().startsWith("org.partnershipledger")
                    && found.add(plain)) {
                if (plain.isRecord()) {
                    for (RecordComponent component : plain.getRecordComponents()) {
                        open.add(component.getGenericType());
                    }
                }
            }
        }
        return found;
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
