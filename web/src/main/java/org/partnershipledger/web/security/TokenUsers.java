package org.partnershipledger.web.security;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.util.StringUtils;

/**
 * Which ledger user a token (or a sign-in at the identity provider) stands for: the one named by the
 * configured claim, or by {@code sub} when the token lacks it. Only that user's person and capacities
 * count; roles and groups in the token are ignored, so authority is granted in the ledger alone.
 */
final class TokenUsers {

    private final UserAccounts users;
    private final String claim;

    TokenUsers(UserAccounts users, String claim) {
        this.users = users;
        this.claim = claim;
    }

    UserAccount accountFor(ClaimAccessor token) {
        String from = StringUtils.hasText(token.getClaimAsString(claim)) ? claim : JwtClaimNames.SUB;
        String username = token.getClaimAsString(from);
        return users.find(username).orElseThrow(() -> new NoLedgerUser(from, username));
    }

    /** The token is genuine, but the ledger has no user by the name it carries. */
    static final class NoLedgerUser extends AuthenticationException {
        private final String claim;
        private final String username;

        NoLedgerUser(String claim, String username) {
            super("There is no ledger user for this token (" + claim + " '" + username
                    + "'); an administrator creates ledger users");
            this.claim = claim;
            this.username = username;
        }

        /** Which claim named which user, for telling the person. */
        String named() {
            return claim + " '" + username + "'";
        }
    }
}
