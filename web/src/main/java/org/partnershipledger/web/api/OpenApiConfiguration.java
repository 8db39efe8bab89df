package org.partnershipledger.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's description at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}). Every operation
 * can fail the same ways, all answered as RFC 7807 problem details by {@link ProblemDetailsAdvice}; they
 * are added to every operation here rather than repeated on each handler.
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
    }

    @Bean
    OpenAPI ledgerApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Partnership Ledger")
                        .description("The event-sourced ledger of partnerships between equals: commands record "
                                + "what happened on a domain date; reads take asOf and knownAt.")
                        .version("0.1.0"))
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
                            new Schema<>()
                                    .type("object")
                                    .addProperty("type", new Schema<>().type("string"))
                                    .addProperty("title", new Schema<>().type("string"))
                                    .addProperty("status", new Schema<>().type("integer"))
                                    .addProperty("detail", new Schema<>().type("string"))
                                    .addProperty("instance", new Schema<>().type("string"))
                                    .addProperty("rule", new Schema<>().type("string"))
                                    .addProperty("errors", new Schema<>().type("array")));
            api.getPaths().values().forEach(path -> path.readOperations()
                    .forEach(operation -> PROBLEMS.forEach((status, description) -> operation
                            .getResponses()
                            .putIfAbsent(
                                    status,
                                    new ApiResponse().description(description).content(problem)))));
        };
    }
}
