package org.partnershipledger.web.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Present only when an issuer is configured; without one, no OpenID Connect class is ever wired. */
@Configuration(proxyBeanMethods = false)
@Conditional(OidcConfigured.class)
@EnableConfigurationProperties(OidcSettings.class)
class OidcConfiguration {

    @Bean
    OpenIdConnect openIdConnect(OidcSettings settings, UserAccounts users, ObjectMapper json) {
        return new OpenIdConnect(settings, users, json);
    }
}
