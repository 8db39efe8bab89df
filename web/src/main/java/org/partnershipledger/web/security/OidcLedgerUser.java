package org.partnershipledger.web.security;

import java.util.Map;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in to the pages at the identity provider: a {@link LedgerUser} like any other (its
 * authorities are the ledger user's capacities), which also carries what the identity provider said.
 */
final class OidcLedgerUser extends LedgerUser implements OidcUser {

    private final OidcUser signedIn;

    OidcLedgerUser(UserAccount account, OidcUser signedIn) {
        super(account);
        this.signedIn = signedIn;
    }

    @Override
    public Map<String, Object> getClaims() {
        return signedIn.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return signedIn.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return signedIn.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return signedIn.getAttributes();
    }

    @Override
    public String getName() {
        return getUsername();
    }
}
