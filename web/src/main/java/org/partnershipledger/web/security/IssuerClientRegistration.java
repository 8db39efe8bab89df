package org.partnershipledger.web.security;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.util.StringUtils;

/**
 * The ledger as a client of the identity provider, registered as {@value #ID}. The endpoints come from
 * the issuer's discovery document, fetched when someone first signs in rather than at start-up, so a
 * ledger whose identity provider is down still starts; a failed fetch is tried again next time.
 */
final class IssuerClientRegistration implements ClientRegistrationRepository {

    static final String ID = "ledger";
    private final OidcSettings settings;
    private volatile ClientRegistration registration;

    IssuerClientRegistration(OidcSettings settings) {
        this.settings = settings;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = discover();
                }
                known = registration;
            }
        }
        return known;
    }

    private ClientRegistration discover() {
        ClientRegistration.Builder builder = ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                .registrationId(ID)
                .clientId(settings.clientId())
                .scope("openid", "profile", "email")
                // PKCE always: a stolen authorization code is then worth nothing, secret or not.
                .clientSettings(ClientRegistration.ClientSettings.builder()
                        .requireProofKey(true)
                        .build());
        if (StringUtils.hasText(settings.clientSecret())) {
            builder.clientSecret(settings.clientSecret());
        } else {
            builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        }
        return builder.build();
    }
}
