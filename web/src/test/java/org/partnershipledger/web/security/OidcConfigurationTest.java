package org.partnershipledger.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The settings come from the environment variables the README names; an empty issuer means off. */
class OidcConfigurationTest {

    private final ApplicationContextRunner ledger = new ApplicationContextRunner()
            .withUserConfiguration(OidcConfiguration.class)
            .withBean(
                    UserAccounts.class, () -> new UserAccounts(mock(MongoDatabase.class), mock(PasswordEncoder.class)))
            .withBean(ObjectMapper.class);

    @Test
    void theIssuerAndTheUsernameClaimAreReadFromEnvironmentVariables() {
        environment(Map.of(
                        "LEDGER_OIDC_ISSUER_URI",
                        "https://id.example/realms/ledger",
                        "LEDGER_OIDC_USERNAME_CLAIM",
                        "email"))
                .run(context -> {
                    assertThat(context).hasSingleBean(OpenIdConnect.class);
                    OidcSettings settings = context.getBean(OidcSettings.class);
                    assertThat(settings.issuerUri()).isEqualTo("https://id.example/realms/ledger");
                    assertThat(settings.usernameClaim()).isEqualTo("email");
                    assertThat(settings.signsPeopleIn()).isFalse();
                });
    }

    @Test
    void theUsernameClaimIsPreferredUsernameUnlessConfigured() {
        environment(Map.of("LEDGER_OIDC_ISSUER_URI", "https://id.example"))
                .run(context -> assertThat(context.getBean(OidcSettings.class).usernameClaim())
                        .isEqualTo("preferred_username"));
    }

    @Test
    void anEmptyIssuerLeavesOpenIdConnectOff() {
        environment(Map.of("LEDGER_OIDC_ISSUER_URI", "", "LEDGER_OIDC_CLIENT_ID", "ledger"))
                .run(context -> {
                    assertThat(context).doesNotHaveBean(OpenIdConnect.class);
                    assertThat(context).doesNotHaveBean(OidcSettings.class);
                });
    }

    private ApplicationContextRunner environment(Map<String, Object> variables) {
        return ledger.withInitializer(context -> context.getEnvironment()
                .getPropertySources()
                .addFirst(new SystemEnvironmentPropertySource("test-environment", variables)));
    }
}
