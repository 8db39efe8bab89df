package org.partnershipledger.web.security;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** An issuer is named; an empty value (the default) means no OpenID Connect at all. */
final class OidcConfigured implements Condition {

    static final String ISSUER = "ledger.oidc.issuer-uri";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return StringUtils.hasText(context.getEnvironment().getProperty(ISSUER));
    }
}
