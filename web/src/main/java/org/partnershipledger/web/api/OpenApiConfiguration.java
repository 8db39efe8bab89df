package org.partnershipledger.web.api;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.partnershipledger.web.export.ExportArchive;
import org.partnershipledger.web.export.ExportController;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;

/**
 * The API's description at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}). Every operation
 * can fail the same ways, all answered as RFC 7807 problem details by {@link ProblemDetailsAdvice}; they
 * are added to every operation here rather than repeated on each handler. A command's handler carries
 * {@code @ResponseStatus} with the status it answers (201, 204 or 202), so its success is described by that
 * status rather than springdoc's 200; the {@code ResponseEntity} it returns sets the same status.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final Map<String, String> PROBLEMS = Map.of(
            "400", "Invalid request: the problem names the field and what was wrong",
            "401", "Not signed in: HTTP Basic with a ledger user, or an OpenID Connect bearer token",
            "403", "Not allowed for this user: the problem says which rule refused it",
            "404", "Nothing is recorded under the id given",
            "409", "A rule of the domain was broken (the problem names it), or a concurrent change: retry",
            "429", "Too many failed sign-ins: wait as Retry-After says",
            "500", "Unexpected failure; nothing about the internals is revealed");

    static {
        // An id is text in the API's JSON (IdsAsText), so it is described as text, not as the record around it.
        IdsAsText.TYPES.keySet().forEach(type -> SpringDocUtils.getConfig().replaceWithClass(type, String.class));
        // Each enum is described once, by its name (Role, Sector, ...), so a client generated from the
        // description has one type for it wherever it is used.
        ModelResolver.enumsAsRef = true;
    }

    @Bean
    OpenAPI ledgerApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Partnership Ledger")
                        .description("The event-sourced ledger of partnerships between equals: commands record "
                                + "what happened on a domain date; reads take asOf and knownAt.")
                        .version("0.1.0"))
                // Relative, so the description names no host and is the same wherever the ledger runs.
                .servers(List.of(new Server().url("/").description("This ledger")))
                .components(new Components()
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic"))
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")
                                        .description("When OpenID Connect is configured (LEDGER_OIDC_ISSUER_URI)")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /**
     * Each operation is named after its controller and handler ({@code decisionRecordMeeting}), so its id
     * stays the same whatever other operations exist; springdoc would number the second of two handlers of
     * the same name ({@code recordMeeting_1}) in an order that is not fixed.
     */
    @Bean
    OperationCustomizer namedOperations() {
        return (operation, handler) -> {
            String subject = handler.getBeanType().getSimpleName().replaceFirst("Controller$", "");
            String action = handler.getMethod().getName();
            operation.setOperationId(
                    Character.toLowerCase(subject.charAt(0)) + subject.substring(1) + StringUtils.capitalize(action));
            if (operation.getSummary() == null) {
                operation.setSummary(words(subject) + ": " + words(action).toLowerCase(Locale.ROOT));
            }
            return operation;
        };
    }

    /** {@code RecordedOnBehalf} as {@code Recorded on behalf}. */
    private static String words(String camelCase) {
        String spaced = camelCase.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        return StringUtils.capitalize(spaced);
    }

    /** A command that records something new answers 201 with the new thing's address in {@code Location}. */
    @Bean
    OperationCustomizer createdLocation() {
        return (operation, handler) -> {
            ApiResponse created = operation.getResponses().get("201");
            if (created != null) {
                created.addHeaderObject(
                        HttpHeaders.LOCATION,
                        new Header()
                                .description("Where what was recorded can be read")
                                .schema(typed("string").format("uri-reference")));
            }
            return operation;
        };
    }

    /**
     * Every export ({@link ExportController}) writes a ZIP download to the answer itself ({@link
     * ExportArchive}), so its method declares no body springdoc could see: its answer is described here.
     */
    @Bean
    OperationCustomizer zipDownloads() {
        return (operation, handler) -> {
            if (handler.getBeanType() == ExportController.class) {
                operation
                        .getResponses()
                        .addApiResponse(
                                "200",
                                new ApiResponse()
                                        .description("A ZIP of the export and its data card (" + ExportArchive.DATA_CARD
                                                + ")")
                                        .addHeaderObject(
                                                HttpHeaders.CONTENT_DISPOSITION,
                                                new Header()
                                                        .description("attachment, with the archive's file name")
                                                        .schema(typed("string")))
                                        .content(new Content()
                                                .addMediaType(
                                                        ExportArchive.ZIP.toString(),
                                                        new MediaType()
                                                                .schema(typed("string")
                                                                        .format("binary")))));
            }
            return operation;
        };
    }

    /** Any command may be sent with an {@code Idempotency-Key}, which {@link IdempotencyFilter} honours. */
    @Bean
    OpenApiCustomizer idempotencyKeys() {
        Parameter key = new Parameter()
                .in("header")
                .name(IdempotencyFilter.HEADER)
                .required(false)
                .description("Sent again with the same key and body, the first answer comes back and nothing new"
                        + " is recorded; kept for two days")
                .schema(typed("string").minLength(1).maxLength(IdempotencyFilter.LONGEST_KEY));
        ApiResponse reused = new ApiResponse()
                .description("The Idempotency-Key was used for another request")
                .content(new Content()
                        .addMediaType(
                                "application/problem+json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail"))));
        return api -> api.getPaths().forEach((path, item) -> {
            if (path.startsWith("/api/") && item.getPost() != null) {
                item.getPost().addParametersItem(key);
                item.getPost().getResponses().putIfAbsent("422", reused);
            }
        });
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        Content problem = new Content()
                .addMediaType(
                        "application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail")));
        return api -> {
            api.getComponents()
                    .addSchemas(
                            "ProblemDetail",
                            typed("object")
                                    .addProperty("type", typed("string"))
                                    .addProperty("title", typed("string"))
                                    .addProperty("status", typed("integer"))
                                    .addProperty("detail", typed("string"))
                                    .addProperty("instance", typed("string"))
                                    .addProperty("rule", typed("string"))
                                    .addProperty(
                                            "errors",
                                            typed("array")
                                                    .items(typed("object")
                                                            .addProperty("field", typed("string"))
                                                            .addProperty("message", typed("string")))));
            api.getPaths().values().forEach(path -> path.readOperations()
                    .forEach(operation -> PROBLEMS.forEach((status, description) -> operation
                            .getResponses()
                            .putIfAbsent(
                                    status,
                                    new ApiResponse().description(description).content(problem)))));
        };
    }

    /** A schema of one JSON type, written as OpenAPI 3.1 (the version springdoc describes in) writes types. */
    private static Schema<Object> typed(String type) {
        return new Schema<>().types(Set.of(type));
    }
}
