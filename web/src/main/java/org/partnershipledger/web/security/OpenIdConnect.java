package org.partnershipledger.web.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.web.client.RestTemplate;

/**
 * OpenID Connect beside the ledger's own passwords, when an issuer is configured: bearer tokens on the
 * API. Nothing is fetched from the identity provider until a token first needs it.
 */
public final class OpenIdConnect {

    private static final Logger log = LoggerFactory.getLogger(OpenIdConnect.class);
    private static final Duration IDENTITY_PROVIDER_TIMEOUT = Duration.ofSeconds(5);

    private final OidcSettings settings;
    private final TokenUsers users;
    private final ProblemResponses problems;

    OpenIdConnect(OidcSettings settings, UserAccounts users, ObjectMapper json) {
        this.settings = settings;
        this.users = new TokenUsers(users, settings.usernameClaim());
        this.problems = new ProblemResponses(json);
        log.info(
                "OpenID Connect: bearer tokens from {} are accepted on the API; users are named by the claim {}",
                settings.issuerUri(),
                settings.usernameClaim());
    }

    /** The API chain also accepts {@code Authorization: Bearer <JWT>} from the issuer. */
    public void acceptBearerTokens(HttpSecurity api) throws Exception {
        // Its own manager: the chain's shared one knows passwords only.
        ProviderManager tokens = new ProviderManager(new BearerTokens(decoder(), users));
        api.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.authenticationManager(tokens))
                .authenticationEntryPoint(new BearerTokenRefusals(problems)));
    }

    // Discovery and keys are fetched on first use, not at start-up, and a failed fetch is tried again.
    private JwtDecoder decoder() {
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(settings.issuerUri())
                    .restOperations(identityProvider())
                    .validateType(false)
                    .build();
            decoder.setJwtValidator(validator());
            return decoder;
        });
    }

    private OAuth2TokenValidator<Jwt> validator() {
        // Access tokens are typed JWT, at+jwt (RFC 9068) or not at all, depending on the identity provider.
        JwtTypeValidator type = new JwtTypeValidator("JWT", "at+jwt");
        type.setAllowEmpty(true);
        List<OAuth2TokenValidator<Jwt>> checks = new ArrayList<>();
        checks.add(new JwtIssuerValidator(settings.issuerUri()));
        checks.add(type);
        if (settings.checksAudience()) {
            checks.add(new JwtAudienceValidator(settings.audience()));
        }
        // Adds the validity period (exp, nbf, with a minute's leeway for clocks).
        return JwtValidators.createDefaultWithValidators(checks);
    }

    // A slow identity provider must not hold request threads for long.
    private static RestTemplate identityProvider() {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(IDENTITY_PROVIDER_TIMEOUT);
        requests.setReadTimeout(IDENTITY_PROVIDER_TIMEOUT);
        return new RestTemplate(requests);
    }
}
