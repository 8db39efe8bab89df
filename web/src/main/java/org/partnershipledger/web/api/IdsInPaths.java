package org.partnershipledger.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import org.partnershipledger.core.Values;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * An id in a path keeps the id alphabet ({@link Values#ID}) before anything is looked up or recorded under
 * it, so no id of a megabyte or with control characters reaches the store or a Location header. Refused as
 * a 400 naming the path variable.
 */
@Configuration(proxyBeanMethods = false)
class IdsInPaths implements WebMvcConfigurer, HandlerInterceptor {

    /** The path variables of the API that are ids (usernames and read-model names are not). */
    private static final Set<String> IDS = Set.of(
            "id", "partnershipId", "conflictId", "entryId", "meetingId", "person", "personId", "partner", "proposalId");

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> {
                if (IDS.contains(String.valueOf(name))) {
                    Values.id(String.valueOf(value), String.valueOf(name));
                }
            });
        }
        return true;
    }
}
