package org.partnershipledger.web.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
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
 * API, and sign-in at the identity provider on the pages when a client id is configured too. Nothing is
 * fetched from the identity provider until a token or a person first needs it.
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
                "OpenID Connect: bearer tokens from {} are accepted on the API{}; users are named by the claim {}",
                settings.issuerUri(),
                settings.signsPeopleIn() ? " and people sign in to the pages there" : "",
                settings.usernameClaim());
    }

    /** The API chain also accepts {@code Authorization: Bearer <JWT>} from the issuer. */
    public void acceptBearerTokens(HttpSecurity api) throws Exception {
        // Its own manager: the chain's shared one knows passwords only.
        ProviderManager tokens = new ProviderManager(new BearerTokens(decoder(), users));
        api.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.authenticationManager(tokens))
                .authenticationEntryPoint(new BearerTokenRefusals(problems)));
    }

    /** The pages chain also offers sign-in at the identity provider, when the ledger has a client id there. */
    public void offerSignIn(HttpSecurity pages) throws Exception {
        if (!settings.signsPeopleIn()) {
            return;
        }
        IssuerClientRegistration registration = new IssuerClientRegistration(settings);
        PeopleSigningIn people = new PeopleSigningIn(users);
        ProviderManager signIn = new ProviderManager(new OidcAuthorizationCodeAuthenticationProvider(
                new RestClientAuthorizationCodeTokenResponseClient(), people));
        SignInRefusals refusals = new SignInRefusals();
        pages.oauth2Login(login -> login.loginPage("/login")
                .clientRegistrationRepository(registration)
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(people))
                .failureHandler(refusals)
                .withObjectPostProcessor(new ObjectPostProcessor<Object>() {
                    @Override
                    public <O> O postProcess(O filter) {
                        // The chain's shared manager knows passwords only; this one knows the identity provider.
                        if (filter instanceof OAuth2LoginAuthenticationFilter callback) {
                            callback.setAuthenticationManager(signIn);
                        }
                        if (filter instanceof OAuth2AuthorizationRequestRedirectFilter redirect) {
                            redirect.setAuthenticationFailureHandler(refusals::identityProviderUnavailable);
                        }
                        return filter;
                    }
                }));
    }

    /** The link the sign-in page offers beside the password, when people can sign in at the identity provider. */
    public Optional<SignInLink> signInLink() {
        if (!settings.signsPeopleIn()) {
            return Optional.empty();
        }
        return Optional.of(new SignInLink(
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI + "/"
                        + IssuerClientRegistration.ID,
                URI.create(settings.issuerUri()).getHost()));
    }

    /** Where to sign in at the identity provider, and its host to name it by. */
    public record SignInLink(String url, String host) {}

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
