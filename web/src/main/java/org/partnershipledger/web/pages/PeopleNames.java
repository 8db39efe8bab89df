package org.partnershipledger.web.pages;

import java.util.HashMap;
import java.util.Map;
import org.partnershipledger.web.security.UserAccount;
import org.partnershipledger.web.security.UserAccounts;
import org.springframework.stereotype.Component;

/**
 * The ledger keeps no names of people (they are personal data); a page shows a person by the username of
 * the ledger user linked to them. A researcher's history carries pseudonyms, which no user is linked to.
 */
@Component
class PeopleNames {

    private final UserAccounts users;

    PeopleNames(UserAccounts users) {
        this.users = users;
    }

    Map<String, String> byPerson() {
        Map<String, String> names = new HashMap<>();
        for (UserAccount user : users.all()) {
            if (user.person() != null) {
                names.put(user.person().value(), user.username());
            }
        }
        return names;
    }
}
