package org.partnershipledger.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * OpenID Connect, off unless {@code ledger.oidc.issuer-uri} is set (README, "OpenID Connect"). With an
 * issuer the API accepts its bearer tokens; with a client id as well, people can sign in to the pages there.
 */
@ConfigurationProperties("ledger.oidc")
record OidcSettings(String issuerUri, String clientId, String clientSecret, String usernameClaim, String audience) {

    static final String DEFAULT_USERNAME_CLAIM = "preferred_username";

    OidcSettings {
        usernameClaim = StringUtils.hasText(usernameClaim) ? usernameClaim.strip() : DEFAULT_USERNAME_CLAIM;
    }

    boolean signsPeopleIn() {
        return StringUtils.hasText(clientId);
    }

    boolean checksAudience() {
        return StringUtils.hasText(audience);
    }
}
